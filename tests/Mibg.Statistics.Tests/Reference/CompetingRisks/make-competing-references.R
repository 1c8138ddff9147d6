# More reference answers for competing risks: cmprsk::cuminc (every corner point of every curve, timepoints(),
# Gray's test with k groups, strata and rho) and cmprsk::crr, on public data (survival::pbc, survival::mgus2) and on
# synthetic data with heavy ties, time-0 events, text group labels and a group without events of a cause.
# Usage (from this folder): Rscript make-competing-references.R .   (Debian: r-cran-survival r-cran-cmprsk r-cran-jsonlite)
suppressMessages({library(survival); library(cmprsk); library(jsonlite)})
out <- commandArgs(TRUE)[1]
W <- function(d, name) write.csv(d, file.path(out, paste0(name, ".csv")), row.names = FALSE)

ci_case <- function(file, d, time, event, group = NULL, strata = NULL, at = NULL, rho = 0) {
  keep <- complete.cases(d[, c(time, event, group, strata), drop = FALSE])
  d <- d[keep, ]
  g <- if (is.null(group)) rep(1, nrow(d)) else d[[group]]
  fit <- if (is.null(strata)) cuminc(d[[time]], d[[event]], g, rho = rho, cencode = 0)
         else cuminc(d[[time]], d[[event]], g, d[[strata]], rho = rho, cencode = 0)
  curves <- fit[names(fit) != "Tests"]
  tp <- if (!is.null(at)) timepoints(fit, at) else NULL
  list(file = file, time = time, event = event, group = group, strata = strata, rho = rho, at = at,
       curves = lapply(names(curves), function(k) {
         parts <- strsplit(k, " ")[[1]]
         c <- curves[[k]]
         r <- list(group = parts[1], cause = parts[2], time = c$time, estimate = c$est, variance = c$var)
         if (!is.null(tp)) { r$at_estimate <- unname(tp$est[k, ]); r$at_variance <- unname(tp$var[k, ]) }
         r
       }),
       gray = if (!is.null(fit$Tests)) lapply(rownames(fit$Tests), function(k) list(cause = k,
            statistic = unname(fit$Tests[k, "stat"]), p = unname(fit$Tests[k, "pv"]), df = unname(fit$Tests[k, "df"]))) else list())
}
crr_case <- function(file, d, time, event, covs, cause) {
  d <- d[complete.cases(d[, c(time, event, covs)]), ]
  fit <- crr(d[[time]], d[[event]], as.matrix(d[, covs]), failcode = cause, cencode = 0)
  se <- sqrt(diag(fit$var)); s <- summary(fit)
  list(file = file, time = time, event = event, covariates = covs, cause = cause, n = fit$n,
       coefficients = lapply(seq_along(covs), function(i) list(name = covs[i], coef = unname(fit$coef[i]), se = unname(se[i]),
            z = unname(fit$coef[i] / se[i]), p = unname(2 * pnorm(-abs(fit$coef[i] / se[i]))),
            hr = unname(s$conf.int[i, 1]), lower = unname(s$conf.int[i, 3]), upper = unname(s$conf.int[i, 4]))),
       loglik = fit$loglik, loglik_null = fit$loglik.null, converged = fit$converged)
}

# pbc as in ../public/pbc-competing.csv (death 2 competing with transplant 1)
p <- read.csv(file.path(out, "../public/pbc-competing.csv"))
# mgus2: progression to plasma-cell malignancy (1) competing with death (2), as in the survival vignette "compete"
m <- mgus2
m$etime <- ifelse(m$pstat == 0, m$futime, m$ptime)
m$event <- ifelse(m$pstat == 0, 2 * m$death, 1)
m$male <- as.integer(m$sex == "M")
m <- m[, c("id", "age", "sex", "male", "hgb", "creat", "mspike", "etime", "event")]
W(m, "mgus2")
# heart (../public/heart.csv, Stanford heart transplant in (start, stop] rows): the first event of each patient, transplant
# (1) competing with death before transplant (2); time of transplant = start of the patient's transplant row
h <- read.csv(file.path(out, "../public/heart.csv"))
hc <- do.call(rbind, lapply(split(h, h$id), function(r) {
  tx <- r[r$transplant == 1, ]
  if (nrow(tx) > 0) data.frame(id = r$id[1], time = tx$start[1], status = 1L, age = r$age[1], surgery = r$surgery[1])
  else data.frame(id = r$id[1], time = r$stop[1], status = 2L * r$event[1], age = r$age[1], surgery = r$surgery[1])
}))
W(hc, "heart-competing")
# synthetic: 600 subjects, integer times 0..40 (heavy ties, some at 0), causes 1..3, text groups, 3 strata; group "d" never fails from cause 3
set.seed(20261130)
n <- 600
s <- data.frame(id = 1:n, arm = sample(c("b", "a", "c", "d"), n, TRUE), site = sample(c("north", "south", "east"), n, TRUE),
                x1 = round(rnorm(n), 3), x2 = rbinom(n, 1, 0.4))
s$time <- pmin(40, floor(rexp(n, 0.05 * exp(0.3 * s$x1))))
s$status <- sample(0:3, n, TRUE, prob = c(0.35, 0.3, 0.2, 0.15))
s$status[s$arm == "d" & s$status == 3] <- 0
s$time[1:5] <- 0
W(s, "synthetic")

J <- list(
  cuminc = list(
    ci_case("public/pbc-competing.csv", p, "time", "status", "trt", at = c(365, 1000, 2000, 3000, 4000)),
    ci_case("public/pbc-competing.csv", p, "time", "status", at = c(-1, 0, 41, 400, 4795, 5000)),
    ci_case("public/pbc-competing.csv", p, "time", "status", "edema", "trt", at = c(1000, 2000)),
    ci_case("public/pbc-competing.csv", p, "time", "status", "female", rho = 1),
    ci_case("CompetingRisks/mgus2.csv", m, "etime", "event", "sex", at = c(60, 120, 240, 360)),
    ci_case("CompetingRisks/synthetic.csv", s, "time", "status", "arm", "site", at = c(0, 5, 10, 20, 39.5, 40)),
    ci_case("CompetingRisks/synthetic.csv", s, "time", "status", "arm"),
    ci_case("CompetingRisks/heart-competing.csv", hc, "time", "status", "surgery", at = c(0, 30, 100, 365))),
  crr = list(
    crr_case("public/pbc-competing.csv", p, "time", "status", c("age", "female", "bili", "albumin"), 2),
    crr_case("public/pbc-competing.csv", p, "time", "status", c("age", "bili"), 1),
    crr_case("CompetingRisks/mgus2.csv", m, "etime", "event", c("age", "male", "hgb"), 1),
    crr_case("CompetingRisks/synthetic.csv", s, "time", "status", c("x1", "x2"), 2),
    crr_case("CompetingRisks/heart-competing.csv", hc, "time", "status", c("age", "surgery"), 1)))
writeLines(toJSON(J, auto_unbox = TRUE, digits = NA, null = "null", na = "null"), file.path(out, "competing-references.json"))
