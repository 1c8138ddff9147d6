# Synthetic competing-risks table for the whole-process benchmark: N rows, integer-day times (two cause-specific
# exponential hazards that differ by group and a covariate, uniform censoring), status 0 = censored, 1 and 2 = causes,
# a 3-level text group, a 2-level stratum and 2 numeric covariates.
# Usage: Rscript make-data.R N OUT.csv [SEED]
args <- commandArgs(TRUE); n <- as.numeric(args[1]); out <- args[2]; seed <- if (length(args) > 2) as.integer(args[3]) else 1
set.seed(seed)
group <- sample(c("A", "B", "C"), n, replace = TRUE); stratum <- sample(c("s1", "s2"), n, replace = TRUE)
x1 <- round(rnorm(n), 4); x2 <- rbinom(n, 1, 0.4)
rate1 <- 1 / 1500 * exp(0.3 * x1 + 0.4 * (group == "B") + 0.8 * (group == "C"))
rate2 <- 1 / 2500 * exp(0.2 * x2 - 0.3 * (group == "C"))
t1 <- rexp(n, rate1); t2 <- rexp(n, rate2); censor <- runif(n, 30, 3650)
first <- pmin(t1, t2, censor)
time <- pmax(1, ceiling(first))
status <- ifelse(censor <= pmin(t1, t2), 0L, ifelse(t1 < t2, 1L, 2L))
data.table::fwrite(data.frame(time = time, status = status, group = group, stratum = stratum, x1 = x1, x2 = x2), out)
