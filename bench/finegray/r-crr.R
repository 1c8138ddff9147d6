# The R side of the Fine–Gray benchmark: read.csv + cmprsk::crr (cause 1, covariates x1 and x2); writes what
# run-vs-r.sh compares with mibg. Usage: Rscript r-crr.R DATA.csv OUT.json
suppressMessages({library(cmprsk); library(jsonlite)})
args <- commandArgs(TRUE)
d <- read.csv(args[1])
fit <- crr(d$time, d$status, cbind(x1 = d$x1, x2 = d$x2), failcode = 1)
writeLines(toJSON(list(coef = unname(fit$coef), se = unname(sqrt(diag(fit$var))), loglik = fit$loglik), auto_unbox = TRUE, digits = NA), args[2])
