# Writes synthetic counting-process (start, stop] data for the start–stop Cox benchmark: subjects with an exponential
# event time; a binary covariate `persistent` that switches from 0 to 1 at a scan time for half of them (the study's
# time-dependent persistence), so those subjects have two rows (0, scan] and (scan, end]; x1, x2 standard normal.
# Usage: Rscript make-start-stop.R ROWS OUT.csv [SEED]   (ROWS is approximate: about 1.5 rows per subject)
# True model: log HR 0.7 persistent + 0.5 x1 − 0.3 x2; times rounded to 0.01 (ties), 30% censored at random.
args <- commandArgs(TRUE)
rows <- as.numeric(args[1]); out <- args[2]; seed <- if (length(args) > 2) as.integer(args[3]) else 1L
set.seed(seed)
n <- ceiling(rows / 1.5)
x1 <- round(rnorm(n), 6); x2 <- round(rnorm(n), 6)
switches <- runif(n) < 0.5
scan <- round(runif(n, 0.05, 0.6), 2)
base <- exp(0.5 * x1 - 0.3 * x2)
# Piecewise hazard: base before the scan, base·e^0.7 after it for those who switch.
t0 <- rexp(n) / base
after <- switches & t0 > scan
time <- ifelse(after, scan + (t0 - scan) / exp(0.7), t0)
time <- round(time, 2) + 0.01
status <- rbinom(n, 1, 0.7)
two <- switches & time > scan + 0.005  # strictly after the scan once both are rounded to 0.01
first <- data.frame(id = seq_len(n), start = 0, stop = ifelse(two, scan, time), status = ifelse(two, 0L, status),
                    persistent = 0L, x1 = x1, x2 = x2)
second <- data.frame(id = which(two), start = scan[two], stop = time[two], status = status[two], persistent = 1L,
                     x1 = x1[two], x2 = x2[two])
d <- rbind(first, second)
d <- d[order(d$id, d$start), ]
write.csv(d, out, row.names = FALSE)
