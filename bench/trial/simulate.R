# The `mibg trial simulate` Monte Carlo written in R with survival::survdiff in a loop, for speed and cross-checking.
# Usage: Rscript simulate.R TRIALS SUBJECTS EVENTS HR CONTROL_MEDIAN ACCRUAL FOLLOWUP DROPOUT ALLOCATION ALPHA SEED
#   EVENTS = 0 analyses at calendar time ACCRUAL + FOLLOWUP; otherwise at the EVENTS-th event.
# Prints one line: trials power power_se mean_events mean_duration elapsed_seconds cpu_seconds (loop only).
suppressMessages(library(survival))
a <- as.numeric(commandArgs(TRUE))
trials <- a[1]; n <- a[2]; d <- a[3]; hr <- a[4]; median2 <- a[5]; accrual <- a[6]; followup <- a[7]
dropout <- a[8]; k <- a[9]; alpha <- a[10]; set.seed(a[11])
lambda2 <- log(2) / median2; lambda1 <- hr * lambda2; phi <- -log(1 - dropout)
n1 <- round(n * k / (1 + k)); group <- c(rep(1, n1), rep(0, n - n1))
crit <- qnorm(1 - alpha / 2)
start <- proc.time()
res <- t(vapply(seq_len(trials), function(i) {
  entry <- runif(n, 0, accrual)
  te <- rexp(n, ifelse(group == 1, lambda1, lambda2))
  td <- if (phi > 0) rexp(n, phi) else rep(Inf, n)
  ev <- te <= td; fu <- pmin(te, td)
  cal <- entry + fu
  cutoff <- if (d > 0) { ce <- sort(cal[ev]); if (length(ce) >= d) ce[d] else max(cal) } else accrual + followup
  inn <- entry < cutoff
  obs <- ev & cal <= cutoff
  time <- ifelse(obs, fu, cutoff - entry)
  sd <- survdiff(Surv(time[inn], obs[inn]) ~ group[inn])
  # survdiff orders groups 0, 1: the experimental arm is the second stratum; significant in its favour.
  z <- (sd$obs[2] - sd$exp[2]) / sqrt(sd$var[2, 2])
  c(z <= -crit, sum(obs[inn]), cutoff)
}, numeric(3)))
used <- proc.time() - start
secs <- used[["elapsed"]]; cpu <- used[["user.self"]] + used[["sys.self"]]
p <- mean(res[, 1])
cat(sprintf("%d %.6f %.6f %.4f %.6f %.3f %.3f\n", trials, p, sqrt(p * (1 - p) / trials), mean(res[, 2]), mean(res[, 3]), secs, cpu))
