# Cox models with the biology covariates, fitted by R on the raw values of the seeded study BiologyCoxStudy
# (tests/Mibg.Analysis.Tests/BiologyCoxStudy.cs; its raw values are cox-biology-data.csv beside this script).
# R codes every factor itself from the recorded levels (docs/analysis.md step 6 "Cox covariates"):
#   mycn_amplified = mycn == amplified (vs not_amplified or gain; unknown/blank = NA)
#   diagnosis_siopen_above_3 = diagnosis_total > 3;  age_under_18_months = age_days < 547
#   chr_11q_loss / chr_1p_loss = loss (vs no_loss; unknown/blank = NA);  alk_aberrant = mutated or amplified (vs wild_type)
#   histology_unfavourable = unfavourable (vs favourable);  ldh_above_1250 = ldh_u_per_l > 1250
# Run from the repository root:
#   Rscript tests/Mibg.Analysis.Tests/Reference/cox-biology.R tests/Mibg.Analysis.Tests/Reference/cox-biology-data.csv \
#           tests/Mibg.Analysis.Tests/Reference/cox-biology.json
suppressPackageStartupMessages({ library(jsonlite); library(survival) })
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1], stringsAsFactors = FALSE, na.strings = "")
ind <- function(x, yes, no) ifelse(x %in% yes, 1, ifelse(x %in% no, 0, NA))
d$mycn_amplified <- ind(d$mycn, "amplified", c("not_amplified", "gain"))
d$diagnosis_siopen_above_3 <- as.integer(d$diagnosis_total > 3)
d$age_under_18_months <- as.integer(d$age_days < 547)
d$chr_11q_loss <- ind(d$chr_11q, "loss", "no_loss")
d$chr_1p_loss <- ind(d$chr_1p, "loss", "no_loss")
d$alk_aberrant <- ind(d$alk, c("mutated", "amplified"), "wild_type")
d$histology_unfavourable <- ind(d$histology, "unfavourable", "favourable")
d$ldh_above_1250 <- ifelse(is.na(d$ldh_u_per_l), NA, as.integer(d$ldh_u_per_l > 1250))
terms <- c("persistent", "mycn_amplified", "diagnosis_siopen_above_3", "age_under_18_months", "chr_11q_loss", "chr_1p_loss",
           "alk_aberrant", "histology_unfavourable", "ldh_above_1250")

summarise <- function(fit, data) {
  s <- summary(fit)
  list(n = fit$n, events = fit$nevent, loglik = fit$loglik,
       lr = list(chisq = unname(s$logtest["test"]), df = unname(s$logtest["df"]), p = unname(s$logtest["pvalue"])),
       concordance = unname(fit$concordance["concordance"]),
       coefficients = data.frame(name = rownames(s$coefficients), coef = s$coefficients[, "coef"], se = s$coefficients[, "se(coef)"],
                                 hr = s$coefficients[, "exp(coef)"], p = s$coefficients[, "Pr(>|z|)"],
                                 lower = s$conf.int[, "lower .95"], upper = s$conf.int[, "upper .95"], row.names = NULL))
}

# complete cases (R's default na.action = na.omit)
f1 <- as.formula(paste("Surv(time, event) ~", paste(terms, collapse = " + ")))
complete <- coxph(f1, data = d, ties = "efron")

# unknown as a level of its own: main indicator 0 and a second indicator 1 where unknown
u <- d; uterms <- "persistent"
for (t in terms[-1]) {
  if (any(is.na(u[[t]]))) {
    u[[paste0(t, "_unknown")]] <- as.integer(is.na(u[[t]])); u[[t]][is.na(u[[t]])] <- 0
    uterms <- c(uterms, t, paste0(t, "_unknown"))
  } else uterms <- c(uterms, t)
}
f2 <- as.formula(paste("Surv(time, event) ~", paste(uterms, collapse = " + ")))
unknown <- coxph(f2, data = u, ties = "efron")

out <- list(r_version = R.version.string, survival_version = as.character(packageVersion("survival")),
            complete_cases = summarise(complete, d), unknown_category = summarise(unknown, u))
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, pretty = TRUE), args[2])
