# The R side of the start–stop benchmark: read.csv + coxph(Surv(start, stop, status) ~ persistent + x1 + x2).
# Usage: Rscript start-stop.R DATA.csv  → prints the coefficients and concordance as JSON on stdout.
suppressMessages(library(survival))
d <- read.csv(commandArgs(TRUE)[1])
fit <- coxph(Surv(start, stop, status) ~ persistent + x1 + x2, data = d)
co <- coef(fit)
cat("{", paste(sprintf("\"%s\": %.17g", names(co), co), collapse = ", "), sprintf(", \"concordance\": %.17g}", fit$concordance["concordance"]), "\n")
