# Synthetic survival table for the whole-process benchmark: N rows, integer-day times (exponential hazards that
# differ by group and covariates, uniform censoring), 0/1 status, 4 numeric covariates, a 3-level group.
# Usage: Rscript make-data.R N OUT.csv [SEED]
args <- commandArgs(TRUE); n <- as.numeric(args[1]); out <- args[2]; seed <- if (length(args) > 2) as.integer(args[3]) else 1
set.seed(seed)
group <- sample(c("A", "B", "C"), n, replace = TRUE)
x1 <- round(rnorm(n), 4); x2 <- round(runif(n), 4); x3 <- round(rnorm(n, 50, 10), 2); x4 <- rbinom(n, 1, 0.4)
rate <- 1 / 900 * exp(0.3 * x1 + 0.5 * (group == "B") + 0.9 * (group == "C") + 0.2 * x4)
event_time <- rexp(n, rate); censor_time <- runif(n, 30, 3650)
time <- pmax(1, ceiling(pmin(event_time, censor_time)))
status <- as.integer(event_time <= censor_time)
d <- data.frame(time = time, status = status, x1 = x1, x2 = x2, x3 = x3, x4 = x4, group = group)
data.table::fwrite(d, out)
