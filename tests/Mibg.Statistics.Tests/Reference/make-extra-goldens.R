# Extra R reference answers for Mibg.Statistics (beyond ../shared/reference): more survival datasets, conf.type
# log-log and plain, G-rho weights (rho), stratified log-rank, Holm pairwise comparisons, survival at given times,
# restricted means, number at risk, landmark re-origin, descriptive summaries, proportion intervals, ICC with three
# raters and kappa with unobserved levels.
# Usage (from this folder):  Rscript make-extra-goldens.R extra
# Made with R 4.2.2, survival 3.5-3, psych 2.2.9, jsonlite.
suppressMessages({library(survival); library(jsonlite); library(psych)})
out <- commandArgs(TRUE)[1]; if (is.na(out)) out <- "extra"
dir.create(out, showWarnings = FALSE, recursive = TRUE)
num <- function(x) if (length(x) == 0 || is.na(x)) NULL else unname(x)
fm <- function(time, status, rhs) as.formula(sprintf("Surv(%s,%s)~%s", time, status, rhs))

km_json <- function(d, time, status, group = NULL, conf.type = "log", times = NULL, rmean = NULL) {
  rhs <- if (is.null(group)) "1" else group
  fit <- survfit(fm(time, status, rhs), data = d, conf.type = conf.type)
  rev <- survfit(fm(time, paste0("1-", status), rhs), data = d)
  s <- summary(fit, censored = TRUE)
  tab <- summary(fit)$table; rtab <- summary(rev)$table
  if (is.null(dim(tab))) { tab <- t(as.matrix(tab)); rtab <- t(as.matrix(rtab)) }
  names_ <- if (is.null(group)) "all" else sub(paste0("^", group, "="), "", names(fit$strata))
  row_strata <- function(x, n) if (is.null(group)) rep("all", n) else sub(paste0("^", group, "="), "", as.character(x))
  strata_of_row <- row_strata(s$strata, length(s$time))
  at <- if (!is.null(times)) summary(fit, times = times, extend = TRUE) else NULL
  rm <- if (!is.null(rmean)) { x <- summary(fit, rmean = rmean)$table; if (is.null(dim(x))) t(as.matrix(x)) else x } else NULL
  lapply(seq_along(names_), function(i) {
    k <- strata_of_row == names_[i]
    r <- list(name = names_[i], n = unname(tab[i, "records"]), events = unname(tab[i, "events"]),
         median = num(tab[i, "median"]), median_lower = num(tab[i, paste0(0.95, "LCL")]), median_upper = num(tab[i, paste0(0.95, "UCL")]),
         followup_median = num(rtab[i, "median"]),
         steps = data.frame(time = s$time[k], n_risk = s$n.risk[k], n_event = s$n.event[k], n_censor = s$n.censor[k],
                            survival = s$surv[k], std_err = s$std.err[k], lower = s$lower[k], upper = s$upper[k]))
    if (!is.null(at)) {
      ka <- row_strata(at$strata, length(at$time)) == names_[i]
      r$at <- data.frame(time = at$time[ka], n_risk = at$n.risk[ka], survival = at$surv[ka], std_err = at$std.err[ka], lower = at$lower[ka], upper = at$upper[ka])
    }
    if (!is.null(rm)) r$rmean <- list(horizon = rmean, value = unname(rm[i, "rmean"]))
    r
  }) -> strata
  list(method = "kaplan-meier", conf_type = conf.type, conf_level = 0.95, strata = strata)
}
logrank_json <- function(d, time, status, group, strata = NULL, rho = 0) {
  rhs <- if (is.null(strata)) group else sprintf("%s + strata(%s)", group, strata)
  sd <- survdiff(fm(time, status, rhs), data = d, rho = rho)
  obs <- if (is.matrix(sd$obs)) rowSums(sd$obs) else sd$obs
  exp <- if (is.matrix(sd$exp)) rowSums(sd$exp) else sd$exp
  df <- sum(exp > 0) - 1
  list(rho = rho, strata_column = strata, chisq = sd$chisq, df = df, p = pchisq(sd$chisq, df, lower.tail = FALSE),
       strata = data.frame(name = sub(paste0("^", group, "="), "", names(sd$n)), n = as.vector(sd$n), observed = as.vector(obs), expected = as.vector(exp)))
}
pairwise_json <- function(d, time, status, group, strata = NULL, rho = 0) {
  keep <- !is.na(d[[time]]) & !is.na(d[[status]]) & !is.na(d[[group]])
  if (!is.null(strata)) keep <- keep & !is.na(d[[strata]])
  d <- d[keep, ]
  lv <- levels(factor(d[[group]]))
  res <- NULL
  for (a in 1:(length(lv) - 1)) for (b in (a + 1):length(lv)) {
    sub <- d[d[[group]] %in% lv[c(a, b)], ]
    x <- logrank_json(sub, time, status, group, strata, rho)
    res <- rbind(res, data.frame(group1 = lv[a], group2 = lv[b], chisq = x$chisq, p = x$p))
  }
  res$p_adjusted <- p.adjust(res$p, method = "holm")
  list(rho = rho, strata_column = strata, pairs = res)
}
write_case <- function(name, d, spec) {
  write.csv(d, file.path(out, paste0(name, ".csv")), row.names = FALSE, na = "")
  d <- read.csv(file.path(out, paste0(name, ".csv")))  # what a user's file gives R
  res <- list(input = paste0(name, ".csv"), spec = spec)
  res$km <- lapply(spec$km, function(s) do.call(km_json, c(list(d = d), s)))
  res$logrank <- lapply(spec$logrank, function(s) do.call(logrank_json, c(list(d = d), s)))
  res$pairwise <- lapply(spec$pairwise, function(s) do.call(pairwise_json, c(list(d = d), s)))
  writeLines(toJSON(res, auto_unbox = TRUE, digits = NA, pretty = TRUE, na = "null", null = "null"), file.path(out, paste0(name, ".json")))
}

# pbc: death (status 2) as event; trt has missing values (rows dropped, as R); stage 1-4 numeric groups
d <- survival::pbc; d$death <- as.integer(d$status == 2); d <- d[, c("time", "death", "trt", "sex", "stage")]
write_case("pbc", d, list(
  km = list(list(time = "time", status = "death", group = "trt", conf.type = "plain", times = c(0, 365, 1000, 2500, 5000), rmean = 3650),
            list(time = "time", status = "death", conf.type = "log-log", times = c(500, 1500, 4000), rmean = 2000)),
  logrank = list(list(time = "time", status = "death", group = "stage", rho = 1),
                 list(time = "time", status = "death", group = "trt", strata = "sex"),
                 list(time = "time", status = "death", group = "stage")),
  pairwise = list(list(time = "time", status = "death", group = "stage"),
                  list(time = "time", status = "death", group = "stage", rho = 1))))
# colon (death records): text groups, stratified by sex, G-rho 0.5
d <- survival::colon[survival::colon$etype == 2, c("time", "status", "rx", "sex", "age")]; d$rx <- as.character(d$rx)
write_case("colon", d, list(
  km = list(list(time = "time", status = "status", group = "rx", conf.type = "log-log", times = c(365, 1826), rmean = 2500),
            list(time = "time", status = "status", group = "rx", conf.type = "log")),
  logrank = list(list(time = "time", status = "status", group = "rx", strata = "sex", rho = 0.5),
                 list(time = "time", status = "status", group = "rx")),
  pairwise = list(list(time = "time", status = "status", group = "rx", strata = "sex"))))
# rats: 100 litters as strata
d <- survival::rats[, c("time", "status", "rx", "litter", "sex")]
write_case("rats", d, list(
  km = list(list(time = "time", status = "status", group = "rx", conf.type = "plain")),
  logrank = list(list(time = "time", status = "status", group = "rx", strata = "litter"),
                 list(time = "time", status = "status", group = "rx", strata = "litter", rho = 1))))
# kidney
d <- survival::kidney[, c("time", "status", "sex", "disease")]
write_case("kidney", d, list(
  km = list(list(time = "time", status = "status", group = "disease", conf.type = "log")),
  logrank = list(list(time = "time", status = "status", group = "disease")),
  pairwise = list(list(time = "time", status = "status", group = "disease"))))
# Median rules: curve flat at exactly 0.5 (average of the flat stretch), curve ending at 0.5, numeric group labels
# sorted numerically (2 < 10), a group where everyone has the event (S reaches 0).
d <- data.frame(time = c(1, 2, 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 2, 3, 5, 7, 7, 9),
                status = c(1, 1, 1, 1, 1, 1, 0, 0, 1, 0, 1, 1, 1, 0, 1, 1, 0, 1),
                arm = c(2, 2, 2, 2, 10, 10, 10, 10, 10, 10, 10, 10, 1, 1, 1, 1, 1, 1))
write_case("median-rules", d, list(
  km = list(list(time = "time", status = "status", group = "arm", conf.type = "log"),
            list(time = "time", status = "status", group = "arm", conf.type = "log-log"),
            list(time = "time", status = "status", group = "arm", conf.type = "plain")),
  logrank = list(list(time = "time", status = "status", group = "arm")),
  pairwise = list(list(time = "time", status = "status", group = "arm"))))
# Landmark at 1000 days on pbc (no missing trt rows): keep time >= L, time - L
d <- survival::pbc[!is.na(survival::pbc$trt), ]; L <- 1000
lm <- d[d$time >= L, ]; lm$time <- lm$time - L; lm$death <- as.integer(lm$status == 2)
lfit <- summary(survfit(Surv(time, death) ~ trt, data = lm))$table
writeLines(toJSON(list(input = "pbc.csv", landmark = L, kept = nrow(lm), events = sum(lm$death),
                       median = unname(lfit[, "median"]), n = unname(lfit[, "records"])),
                  auto_unbox = TRUE, digits = NA, pretty = TRUE), file.path(out, "landmark.json"))

# Descriptive summaries and proportion intervals
set.seed(7)
samples <- list(a = c(3, 1, 4, 1, 5, 9, 2, 6), b = round(rexp(25, 0.1), 2), c = c(10), d = c(2.5, 2.5, 7))
desc <- lapply(samples, function(x) list(values = x, median = median(x), min = min(x), max = max(x),
                                          q1 = unname(quantile(x, 0.25, type = 7)), q3 = unname(quantile(x, 0.75, type = 7)),
                                          iqr = IQR(x), q10 = unname(quantile(x, 0.1, type = 7))))
props <- list(c(0, 10), c(1, 10), c(7, 23), c(23, 23), c(150, 240), c(3, 1000))
prop <- lapply(props, function(p) list(count = p[1], n = p[2],
  wilson = as.vector(prop.test(p[1], p[2], correct = FALSE)$conf.int),
  wilson90 = as.vector(prop.test(p[1], p[2], correct = FALSE, conf.level = 0.9)$conf.int),
  clopper_pearson = as.vector(binom.test(p[1], p[2])$conf.int),
  clopper_pearson90 = as.vector(binom.test(p[1], p[2], conf.level = 0.9)$conf.int)))
holm <- list(p = c(0.01, 0.04, 0.03, 0.005, 0.5), adjusted = p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.5), "holm"))
writeLines(toJSON(list(summaries = desc, proportions = prop, holm = holm), auto_unbox = TRUE, digits = NA, pretty = TRUE),
           file.path(out, "descriptive.json"))

# Agreement: three raters (ICC only) and two raters with levels never used (0..6 declared, data 0..4), and no levels
set.seed(11)
truth <- sample(0:4, 60, replace = TRUE)
r <- function() pmin(4, pmax(0, truth + sample(-1:1, 60, replace = TRUE, prob = c(.2, .6, .2))))
three <- data.frame(reader_a = r(), reader_b = r(), reader_c = r())
write.csv(three, file.path(out, "agreement-three.csv"), row.names = FALSE)
icc <- psych::ICC(three, lmer = FALSE)$results
icc_df <- function(icc) data.frame(type = icc$type, value = icc$ICC, f = icc$F, df1 = icc$df1, df2 = icc$df2, p = icc$p,
                                   lower = icc$`lower bound`, upper = icc$`upper bound`, row.names = NULL)
x <- three[, 1:2]
kap <- function(levels) {
  lv <- if (is.null(levels)) sort(unique(c(x[[1]], x[[2]]))) else levels
  q <- psych::cohen.kappa(x, levels = levels)
  lin <- psych::cohen.kappa(x, w = outer(lv, lv, function(a, b) abs(a - b)), levels = levels)
  list(unweighted = q$kappa, quadratic = q$weighted.kappa, linear = lin$weighted.kappa)
}
two_icc <- psych::ICC(x, lmer = FALSE)$results
writeLines(toJSON(list(input = "agreement-three.csv", raters = names(three), icc = icc_df(icc),
                       two_raters = list(raters = names(x), icc = icc_df(two_icc), kappa_levels_0_6 = kap(0:6), kappa_observed = kap(NULL))),
                  auto_unbox = TRUE, digits = NA, pretty = TRUE), file.path(out, "agreement-three.json"))
