# R references for mibg's Cox regression with case weights and a robust (sandwich) variance clustered by a column:
# coxph(Surv(...) ~ ..., weights = w, cluster = c). Usage (from this folder):  Rscript make-weighted-references.R .
# Made with R 4.2.2, survival 3.5-3, jsonlite. Writes the inputs (wt-*.csv) and weighted-references.json, in the
# layout of counting-process-references.json plus spec$weights / spec$cluster and, per coefficient, robust_se (R's
# "robust se"; se stays R's "se(coef)", the model-based one), and result$robust_score_test (R's "Robust =" line).
# As R does, z, p, the confidence limits and the Wald test use the robust variance when it is computed; R computes it
# when a cluster is given or when a weight is not a whole number (then each row is its own cluster).
# Data are survival's public data sets with made-up weights (a fixed rule of the row number, written into the CSVs):
#   lung   NCCTG lung cancer (institution = cluster; missing ph.ecog / inst rows dropped, as R's na.omit)
#   heart  Stanford heart transplant, counting process (subject = cluster)
#   cgd    chronic granulomatous disease, recurrent infections, counting process (subject = cluster)
suppressMessages({library(survival); library(jsonlite)})
out <- commandArgs(TRUE)[1]

lung2 <- with(lung, data.frame(time, status = as.integer(status == 2), age, sex, ph.ecog, inst))
lung2$w <- 0.5 + (seq_len(nrow(lung2)) %% 4) * 0.75          # 0.5, 1.25, 2, 2.75: not whole numbers
lung2$wi <- 1 + (seq_len(nrow(lung2)) %% 3)                  # 1, 2, 3: whole numbers
write.csv(lung2, file.path(out, "wt-lung.csv"), row.names = FALSE, na = "")
heart2 <- read.csv(file.path(out, "../public/heart.csv"))
heart2$w <- 1 + (heart2$id %% 5) / 4                         # constant within a subject
write.csv(heart2, file.path(out, "wt-heart.csv"), row.names = FALSE, na = "")
cgd2 <- read.csv(file.path(out, "cp-cgd.csv"))
cgd2$w <- 1 + (seq_len(nrow(cgd2)) %% 3)                      # whole numbers, varying within a subject
write.csv(cgd2, file.path(out, "wt-cgd.csv"), row.names = FALSE, na = "")

wt_case <- function(name, file, time, status, covs, start = NULL, id = NULL, weights = NULL, cluster = NULL,
                    factors = character(0), strata = NULL, ties = "efron", zph = "km") {
  d <- read.csv(file.path(out, file))
  for (f in factors) d[[f]] <- factor(d[[f]])
  rhs <- paste(c(covs, if (!is.null(strata)) sprintf("strata(%s)", strata)), collapse = "+")
  lhs <- if (is.null(start)) sprintf("Surv(%s,%s)", time, status) else sprintf("Surv(%s,%s,%s)", start, time, status)
  args <- list(formula = as.formula(paste(lhs, "~", rhs)), data = d, ties = ties)
  if (!is.null(weights)) args$weights <- as.numeric(d[[weights]])  # (cox.zph of survival 3.5-3 fails on integer weights)
  if (!is.null(cluster)) args$cluster <- d[[cluster]]
  fit <- do.call(coxph, args)
  s <- summary(fit); co <- s$coefficients; ci <- s$conf.int
  robust <- !is.null(fit$naive.var)
  names_ <- rownames(co)
  for (f in factors) for (l in levels(d[[f]])[-1]) names_[names_ == paste0(f, l)] <- paste0(f, "=", l)
  coefs <- data.frame(name = names_, coef = co[, "coef"], hr = co[, "exp(coef)"], se = co[, "se(coef)"], z = co[, "z"], p = co[, "Pr(>|z|)"],
                      lower = ci[, "lower .95"], upper = ci[, "upper .95"], row.names = NULL)
  if (robust) coefs$robust_se <- unname(co[, "robust se"])
  res <- list(ties = ties, n = fit$n, events = fit$nevent, dropped = length(fit$na.action), robust = robust,
       coefficients = coefs,
       loglik_null = fit$loglik[1], loglik = fit$loglik[2],
       lr_test = list(chisq = unname(s$logtest["test"]), df = unname(s$logtest["df"]), p = unname(s$logtest["pvalue"])),
       wald_test = list(chisq = unname(s$waldtest["test"]), df = unname(s$waldtest["df"]), p = unname(s$waldtest["pvalue"])),
       score_test = list(chisq = unname(s$sctest["test"]), df = unname(s$sctest["df"]), p = unname(s$sctest["pvalue"])),
       robust_score_test = if (robust) list(chisq = unname(s$robscore["test"]), df = unname(s$robscore["df"]), p = unname(s$robscore["pvalue"])) else NULL,
       clusters = if (robust && !is.null(cluster)) length(unique(if (is.null(fit$na.action)) d[[cluster]] else d[[cluster]][-fit$na.action])) else NULL,
       concordance = list(c = unname(fit$concordance["concordance"]), se = unname(fit$concordance["std"])),
       wald_statistic = fit$wald.test, iterations = fit$iter)
  z <- cox.zph(fit, transform = zph)
  tab <- z$table; k <- nrow(tab)
  res$zph <- list(transform = zph,
                  terms = data.frame(term = rownames(tab)[-k], chisq = tab[-k, "chisq"], df = tab[-k, "df"], p = tab[-k, "p"], row.names = NULL),
                  global = list(chisq = tab[k, "chisq"], df = tab[k, "df"], p = tab[k, "p"]))
  spec <- list(time = time, status = status, covs = I(covs), factors = I(factors), strata = strata, ties = ties, zph = zph,
               weights = weights, cluster = cluster)
  if (!is.null(start)) { spec$start <- start; spec$id <- id }
  list(name = name, input = file, spec = spec, result = res)
}

cases <- list(
  wt_case("lung-weights-cluster", "wt-lung.csv", "time", "status", c("age", "sex", "ph.ecog"), weights = "w", cluster = "inst"),
  wt_case("lung-whole-weights", "wt-lung.csv", "time", "status", c("age", "sex", "ph.ecog"), weights = "wi", ties = "breslow", zph = "rank"),
  wt_case("lung-fractional-weights", "wt-lung.csv", "time", "status", c("age", "ph.ecog"), weights = "w", strata = "sex", zph = "identity"),
  wt_case("lung-cluster-strata", "wt-lung.csv", "time", "status", c("age", "ph.ecog"), cluster = "inst", strata = "sex", ties = "breslow", zph = "log"),
  wt_case("heart-cluster-id", "wt-heart.csv", "stop", "event", c("age", "year", "surgery", "transplant"), start = "start", id = "id", cluster = "id"),
  wt_case("heart-weights-cluster", "wt-heart.csv", "stop", "event", c("age", "transplant"), start = "start", id = "id", weights = "w", cluster = "id",
          ties = "breslow", zph = "identity"),
  wt_case("cgd-weights-cluster", "wt-cgd.csv", "tstop", "status", c("rifn", "age", "steroids", "inherit"), start = "tstart", id = "id",
          weights = "w", cluster = "id", factors = "inherit", zph = "km"),
  wt_case("cgd-cluster-strata", "wt-cgd.csv", "tstop", "status", c("rifn", "age"), start = "tstart", id = "id", cluster = "id", strata = "hos",
          ties = "breslow", zph = "rank"))

writeLines(toJSON(list(tool = sprintf("R %s, survival %s", getRversion(), packageVersion("survival")), cases = cases),
                  auto_unbox = TRUE, digits = NA, pretty = TRUE, na = "null", null = "null"),
           file.path(out, "weighted-references.json"))
