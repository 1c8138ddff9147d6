# Writes a synthetic survival table for the Cox benchmark: time, status, x1..x4 (standard normal), group (low/mid/high).
# Usage: Rscript make-data.R ROWS OUT.csv [SEED]
# True model: log HR 0.5 x1 − 0.3 x2 + 0.2 x3 + 0 x4 + 0.4 [mid] + 0.8 [high]; exponential times rounded to 0.01
# (so tied times occur, as in clinical data recorded in days); 30% censored at random.
args <- commandArgs(TRUE)
n <- as.numeric(args[1]); out <- args[2]; seed <- if (length(args) > 2) as.integer(args[3]) else 1L
set.seed(seed)
x <- matrix(rnorm(4 * n), ncol = 4)
g <- sample(c("low", "mid", "high"), n, replace = TRUE)
eta <- drop(x %*% c(0.5, -0.3, 0.2, 0)) + ifelse(g == "mid", 0.4, ifelse(g == "high", 0.8, 0))
time <- round(rexp(n) / exp(eta), 2) + 0.01
d <- data.frame(time = time, status = rbinom(n, 1, 0.7), x1 = round(x[, 1], 6), x2 = round(x[, 2], 6),
                x3 = round(x[, 3], 6), x4 = round(x[, 4], 6), group = g)
write.csv(d, out, row.names = FALSE)
