# The R side of the cuminc benchmark: read.csv + cmprsk::cuminc (estimates, variances, Gray's test per cause) +
# timepoints() at the benchmark's times; writes what run-vs-r.sh compares with mibg.
# Usage: Rscript r-cuminc.R DATA.csv OUT.json [read.csv|fread]
suppressMessages({library(cmprsk); library(jsonlite)})
args <- commandArgs(TRUE)
d <- if (length(args) > 2 && args[3] == "fread") as.data.frame(data.table::fread(args[1])) else read.csv(args[1])
fit <- cuminc(d$time, d$status, d$group)
tp <- timepoints(fit, c(365, 730, 1825))
writeLines(toJSON(list(curves = rownames(tp$est), est = unname(tp$est), var = unname(tp$var),
  stat = unname(fit$Tests[, "stat"]), p = unname(fit$Tests[, "pv"])), digits = NA, na = "null"), args[2])
