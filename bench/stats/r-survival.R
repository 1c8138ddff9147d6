# The R side of the whole-process benchmark: read.csv + survfit + survdiff on the same file, then writes the
# estimates mibg must reproduce (medians with CI per group, chi-square, p) as JSON for the agreement check.
# Usage: Rscript r-survival.R DATA.csv OUT.json [km|both] [read.csv|fread]
suppressMessages(library(survival))
args <- commandArgs(TRUE); what <- if (length(args) > 2) args[3] else "both"; reader <- if (length(args) > 3) args[4] else "read.csv"
d <- if (reader == "fread") as.data.frame(data.table::fread(args[1])) else read.csv(args[1])
fit <- survfit(Surv(time, status) ~ group, data = d)
tab <- summary(fit)$table
res <- list(median = unname(tab[, "median"]), median_lower = unname(tab[, "0.95LCL"]), median_upper = unname(tab[, "0.95UCL"]),
            n = unname(tab[, "records"]), events = unname(tab[, "events"]), last_survival = unname(sapply(seq_along(fit$strata), function(i) min(fit[i]$surv))))
if (what == "both") {
  sd <- survdiff(Surv(time, status) ~ group, data = d)
  res$chisq <- sd$chisq; res$p <- pchisq(sd$chisq, length(sd$n) - 1, lower.tail = FALSE)
}
writeLines(jsonlite::toJSON(res, auto_unbox = TRUE, digits = NA, na = "null"), args[2])
