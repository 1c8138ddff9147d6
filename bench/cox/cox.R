# The R side of the whole-process benchmark: read the CSV and fit the same Cox model as `mibg cox`.
# Usage: Rscript cox.R DATA.csv  → prints the coefficients as JSON {name: coef} on stdout.
suppressMessages(library(survival))
d <- read.csv(commandArgs(TRUE)[1])
fit <- coxph(Surv(time, status) ~ x1 + x2 + x3 + x4 + group, data = d)
co <- coef(fit)
cat("{", paste(sprintf("\"%s\": %.17g", names(co), co), collapse = ", "), sprintf(", \"concordance\": %.17g}", fit$concordance["concordance"]), "\n")
