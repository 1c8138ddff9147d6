# R references for mibg's Cox regression on counting-process (start, stop] data (time-dependent covariates).
# Usage (from this folder):  Rscript make-counting-process-references.R .
# Made with R 4.2.2, survival 3.5-3, jsonlite. Writes the inputs (cp-*.csv) and counting-process-references.json,
# in the layout of cox-references.json plus spec$start and spec$id. Data are survival's public data sets:
#   heart  Stanford heart transplant (transplant a time-dependent covariate), as ../public/heart.csv
#   cgd    chronic granulomatous disease, recurrent infections, one row per interval between infections
#   pbc2   Mayo PBC with the pbcseq follow-up laboratory values as time-dependent covariates (tmerge, R's own
#          vignette "timedep"); has missing laboratory values (rows dropped, as R's na.omit)
suppressMessages({library(survival); library(jsonlite)})
out <- commandArgs(TRUE)[1]

cgd2 <- with(cgd, data.frame(id, tstart, tstop, status, rifn = as.integer(treat == "rIFN-g"), male = as.integer(sex == "male"),
                             age, steroids, propylac, hos = as.character(hos.cat), inherit = as.character(inherit)))
write.csv(cgd2, file.path(out, "cp-cgd.csv"), row.names = FALSE, na = "")
temp <- subset(pbc, id <= 312, select = c(id:sex))
pbc2 <- tmerge(temp, temp, id = id, death = event(time, status == 2))
pbc2 <- tmerge(pbc2, pbcseq, id = id, bili = tdc(day, bili), albumin = tdc(day, albumin), protime = tdc(day, protime),
               edema = tdc(day, edema), chol = tdc(day, chol))
pbc2 <- with(pbc2, data.frame(id, tstart, tstop, death = as.integer(death), age, logbili = log(bili), logprotime = log(protime), albumin, edema, chol,
                              trt = as.integer(trt)))
write.csv(pbc2, file.path(out, "cp-pbc2.csv"), row.names = FALSE, na = "")

cp_case <- function(name, file, start, stop, status, id, covs, factors = character(0), strata = NULL, ties = "efron", zph = "km") {
  d <- read.csv(file.path(out, file))
  for (f in factors) d[[f]] <- factor(d[[f]])
  rhs <- paste(c(covs, if (!is.null(strata)) sprintf("strata(%s)", strata)), collapse = "+")
  fit <- coxph(as.formula(sprintf("Surv(%s,%s,%s)~%s", start, stop, status, rhs)), data = d, ties = ties)
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
       concordance = list(c = unname(fit$concordance["concordance"]), se = unname(fit$concordance["std"])),
       wald_statistic = fit$wald.test, iterations = fit$iter)
  z <- cox.zph(fit, transform = zph)
  tab <- z$table; k <- nrow(tab)
  res$zph <- list(transform = zph,
                  terms = data.frame(term = rownames(tab)[-k], chisq = tab[-k, "chisq"], df = tab[-k, "df"], p = tab[-k, "p"], row.names = NULL),
                  global = list(chisq = tab[k, "chisq"], df = tab[k, "df"], p = tab[k, "p"]))
  list(name = name, input = file,
       spec = list(start = start, time = stop, status = status, id = id, covs = I(covs), factors = I(factors), strata = strata, ties = ties, zph = zph),
       result = res)
}

cases <- list(
  cp_case("heart-efron", "../public/heart.csv", "start", "stop", "event", "id", c("age", "year", "surgery", "transplant")),
  cp_case("heart-breslow", "../public/heart.csv", "start", "stop", "event", "id", c("age", "transplant"), ties = "breslow"),
  cp_case("heart-strata-surgery", "../public/heart.csv", "start", "stop", "event", "id", c("age", "transplant"), strata = "surgery", zph = "rank"),
  cp_case("heart-identity", "../public/heart.csv", "start", "stop", "event", "id", c("year", "transplant"), ties = "breslow", zph = "identity"),
  cp_case("cgd-efron", "cp-cgd.csv", "tstart", "tstop", "status", "id", c("rifn", "male", "age", "steroids", "propylac", "inherit"),
          factors = "inherit", zph = "km"),
  cp_case("cgd-strata-hos", "cp-cgd.csv", "tstart", "tstop", "status", "id", c("rifn", "age", "steroids"), strata = "hos", zph = "log"),
  cp_case("cgd-breslow", "cp-cgd.csv", "tstart", "tstop", "status", "id", c("rifn", "age", "propylac"), ties = "breslow", zph = "km"),
  cp_case("pbc2-efron", "cp-pbc2.csv", "tstart", "tstop", "death", "id", c("age", "logbili", "logprotime", "albumin", "edema"), zph = "km"),
  cp_case("pbc2-missing", "cp-pbc2.csv", "tstart", "tstop", "death", "id", c("age", "logbili", "chol", "trt"), zph = "identity"),
  cp_case("pbc2-breslow-strata", "cp-pbc2.csv", "tstart", "tstop", "death", "id", c("logbili", "albumin"), strata = "trt", ties = "breslow", zph = "km"))

writeLines(toJSON(list(tool = sprintf("R %s, survival %s", getRversion(), packageVersion("survival")), cases = cases),
                  auto_unbox = TRUE, digits = NA, pretty = TRUE, na = "null", null = "null"),
           file.path(out, "counting-process-references.json"))
