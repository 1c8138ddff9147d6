# Extra R references for mibg's Cox regression (strata, factors, missing values, cox.zph, concordance SE).
# Usage (from this folder):  Rscript make-cox-references.R .
# Made with R 4.2.2, survival 3.5-3, jsonlite. Reads the shared public inputs in ../public (lung, veteran, ovarian,
# aml as written by the project's make-goldens.R) and writes cox-references.json.
# Factor levels are R's default (locale collation, as mibg orders them); a factor's coefficients are named var=level.
suppressMessages({library(survival); library(jsonlite)})
out <- commandArgs(TRUE)[1]

# Labels whose R order (collation: high < Low < MID) differs from ordinal order (Low < MID < high).
set.seed(7)
mixed <- data.frame(time = round(rexp(120, 0.1), 1) + 0.1, status = rbinom(120, 1, 0.75),
                    dose = round(runif(120, 1, 10), 1), level = sample(c("Low", "high", "MID"), 120, replace = TRUE))
write.csv(mixed, file.path(out, "mixed-case.csv"), row.names = FALSE)

cox_case <- function(name, data, time, status, covs, factors = character(0), strata = NULL, ties = "efron",
                     zph = NULL) {
  path <- if (data == "mixed-case") file.path(out, "mixed-case.csv") else file.path(out, "..", "public", paste0(data, ".csv"))
  d <- read.csv(path)
  for (f in factors) d[[f]] <- factor(d[[f]])
  rhs <- paste(c(covs, if (!is.null(strata)) sprintf("strata(%s)", strata)), collapse = "+")
  fit <- coxph(as.formula(sprintf("Surv(%s,%s)~%s", time, status, rhs)), data = d, ties = ties)
  s <- summary(fit); co <- s$coefficients; ci <- s$conf.int
  names_ <- rownames(co)
  for (f in factors) for (l in levels(d[[f]])[-1]) names_[names_ == paste0(f, l)] <- paste0(f, "=", l)
  res <- list(ties = ties, n = fit$n, events = fit$nevent, dropped = length(fit$na.action),
       coefficients = data.frame(name = names_, coef = co[, "coef"], hr = co[, "exp(coef)"], se = co[, "se(coef)"], z = co[, "z"], p = co[, "Pr(>|z|)"],
                                 lower = ci[, "lower .95"], upper = ci[, "upper .95"], row.names = NULL),
       loglik_null = fit$loglik[1], loglik = fit$loglik[2],
       lr_test = list(chisq = unname(s$logtest["test"]), df = unname(s$logtest["df"]), p = unname(s$logtest["pvalue"])),
       wald_test = list(chisq = unname(s$waldtest["test"]), df = unname(s$waldtest["df"]), p = unname(s$waldtest["pvalue"])),
       score_test = list(chisq = unname(s$sctest["test"]), df = unname(s$sctest["df"]), p = unname(s$sctest["pvalue"])),
       # fit$concordance holds "concordance" and "std" (the standard error).
       concordance = list(c = unname(fit$concordance["concordance"]), se = unname(fit$concordance["std"])),
       wald_statistic = fit$wald.test, iterations = fit$iter)
  if (!is.null(zph)) {
    z <- cox.zph(fit, transform = zph)
    tab <- z$table; k <- nrow(tab)
    res$zph <- list(transform = zph,
                    terms = data.frame(term = rownames(tab)[-k], chisq = tab[-k, "chisq"], df = tab[-k, "df"], p = tab[-k, "p"], row.names = NULL),
                    global = list(chisq = tab[k, "chisq"], df = tab[k, "df"], p = tab[k, "p"]))
  }
  list(name = name, input = if (data == "mixed-case") "mixed-case.csv" else paste0("../public/", data, ".csv"),
       spec = list(time = time, status = status, covs = I(covs), factors = I(factors), strata = strata, ties = ties, zph = zph),
       result = res)
}

cases <- list(
  # The public references' models again, with the concordance SE and cox.zph (lung: R's own ?cox.zph example model).
  cox_case("lung-age-sex", "lung", "time", "status", c("age", "sex"), zph = "km"),
  cox_case("lung-age-sex-breslow", "lung", "time", "status", c("age", "sex"), ties = "breslow", zph = "km"),
  cox_case("veteran-trt-karno-age", "veteran", "time", "status", c("trt", "karno", "age"), zph = "km"),
  cox_case("ovarian-age-rx-resid", "ovarian", "futime", "fustat", c("age", "rx", "resid.ds"), zph = "km"),
  # Missing values: wt.loss has 14 NA, ph.ecog 1, ph.karno 1 (lung).
  cox_case("lung-missing", "lung", "time", "status", c("age", "sex", "ph.ecog", "wt.loss"), zph = "km"),
  cox_case("lung-missing-breslow", "lung", "time", "status", c("age", "ph.karno", "wt.loss"), ties = "breslow"),
  # Factors: character (veteran celltype, aml x) and numeric codes (lung ph.ecog).
  cox_case("veteran-celltype", "veteran", "time", "status", c("trt", "celltype", "karno"), factors = "celltype", zph = "km"),
  cox_case("veteran-celltype-rank", "veteran", "time", "status", c("trt", "celltype", "karno"), factors = "celltype", zph = "rank"),
  cox_case("veteran-celltype-identity", "veteran", "time", "status", c("celltype", "karno"), factors = "celltype", ties = "breslow", zph = "identity"),
  cox_case("veteran-celltype-log", "veteran", "time", "status", c("celltype", "karno", "prior"), factors = "celltype", zph = "log"),
  cox_case("lung-ecog-factor", "lung", "time", "status", c("age", "ph.ecog"), factors = "ph.ecog", zph = "km"),
  cox_case("aml-x", "aml", "time", "status", c("x"), factors = "x", zph = "km"),
  cox_case("mixed-case-levels", "mixed-case", "time", "status", c("dose", "level"), factors = "level", zph = "km"),
  # Strata.
  cox_case("lung-strata-sex", "lung", "time", "status", c("age", "ph.ecog"), strata = "sex", zph = "km"),
  cox_case("veteran-strata-celltype", "veteran", "time", "status", c("trt", "karno", "age"), strata = "celltype", zph = "km"),
  cox_case("veteran-strata-celltype-breslow", "veteran", "time", "status", c("trt", "karno"), strata = "celltype", ties = "breslow", zph = "km"),
  cox_case("lung-strata-ecog-factor", "lung", "time", "status", c("age", "ph.ecog", "wt.loss"), factors = "ph.ecog", strata = "sex", zph = "km"))

writeLines(toJSON(list(tool = sprintf("R %s, survival %s", getRversion(), packageVersion("survival")), cases = cases),
                  auto_unbox = TRUE, digits = NA, pretty = TRUE, na = "null", null = "null"),
           file.path(out, "cox-references.json"))
