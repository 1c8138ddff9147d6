# Cross-check of the study analysis's new statistics against R, on the demo's exported data.
# Run from the repository root after `mibg demo --out DIR` (DIR/results.json and samples/demo-study are the inputs):
#   Rscript tests/Mibg.Analysis.Tests/Reference/demo-crosscheck.R DIR/results.json samples/demo-study \
#           tests/Mibg.Analysis.Tests/Reference/demo-crosscheck.json
# R 4.x with survival, cmprsk, psych, jsonlite. Writes R's values; DemoAgainstRCrosscheckTests compares results.json with them.
suppressPackageStartupMessages({ library(jsonlite); library(survival); library(cmprsk); library(psych) })
args <- commandArgs(trailingOnly = TRUE)
res <- fromJSON(args[1], simplifyVector = FALSE)
study <- args[2]
out <- args[3]
pat <- read.csv(file.path(study, "patients.csv"), stringsAsFactors = FALSE)
ev <- read.csv(file.path(study, "events.csv"), stringsAsFactors = FALSE)
reads <- read.csv(file.path(study, "reads.csv"), stringsAsFactors = FALSE)
scans <- do.call(rbind, lapply(res$scans, function(s) data.frame(scan_id = s$scan_id, patient_id = s$patient_id,
  scan_date = s$scan_date, timepoint = s$timepoint, stringsAsFactors = FALSE)))
group_ids <- function(g) unlist(Filter(function(x) x$group == g, res$groups)[[1]]$patients)
persistent <- group_ids("persistent"); cleared <- group_ids("cleared_after_hdc")
eligible <- c(persistent, cleared)

# Landmark EFS / OS from the post-HDC scan, derived independently from the CSVs (INRG: EFS = first event of any type or death).
post <- scans[scans$timepoint == "post_hdc", ]
post <- post[order(post$scan_date), ]; post <- post[!duplicated(post$patient_id), ]
landmark <- function(endpoint) {
  d <- do.call(rbind, lapply(eligible, function(id) {
    p <- pat[pat$patient_id == id, ]
    e <- ev[ev$patient_id == id, ]
    if (endpoint == "os") e <- e[e$event_type == "death", ]
    dates <- c(as.Date(e$event_date), if (endpoint == "efs" || TRUE) if (!is.na(p$death_date) && p$death_date != "") as.Date(p$death_date))
    has <- length(dates) > 0
    end <- if (has) min(dates) else as.Date(p$last_contact_date)
    origin <- as.Date(post$scan_date[post$patient_id == id])
    data.frame(id = id, time = as.numeric(end - origin) / 365.25, event = as.integer(has),
               group = ifelse(id %in% persistent, "persistent", "cleared_after_hdc"), stringsAsFactors = FALSE)
  }))
  d[d$time >= 0, ]
}
result <- list()
for (endpoint in c("efs", "os")) {
  d <- landmark(endpoint)
  fit <- survfit(Surv(time, event) ~ group, data = d, conf.type = "log")
  s <- summary(fit, times = c(3, 5), extend = TRUE)
  at <- data.frame(stratum = sub("group=", "", as.character(s$strata)), time = s$time, survival = s$surv,
                   lower = s$lower, upper = s$upper, n_risk = s$n.risk)
  cx <- coxph(Surv(time, event) ~ I(group == "persistent"), data = d, ties = "efron")
  ci <- summary(cx)$conf.int
  result[[paste0("landmark_", endpoint)]] <- list(n = nrow(d), events = sum(d$event), at_times = at,
    hr = unname(ci[1, "exp(coef)"]), lower = unname(ci[1, "lower .95"]), upper = unname(ci[1, "upper .95"]),
    p = unname(summary(cx)$coefficients[1, "Pr(>|z|)"]), logrank_p = 1 - pchisq(survdiff(Surv(time, event) ~ group, data = d)$chisq, 1))
}

# Landmark log-rank statistic, median EFS of the persistent, and the Cox model of persistence adjusted for MYCN
# (amplified 1, not amplified or gain 0, else NA) and diagnosis SIOPEN > 3 (consensus total of the diagnosis scan),
# complete cases (DemoAgainstRTests).
dxscan <- scans[scans$timepoint == "diagnosis", ]
dxscan <- dxscan[order(dxscan$scan_date), ]; dxscan <- dxscan[!duplicated(dxscan$patient_id), ]
cons <- reads[reads$reader == "consensus", ]
cons$total <- rowSums(cons[, grep("^siopen_", names(cons))])
covariates <- function(d) {
  p <- pat[match(d$id, pat$patient_id), ]
  d$persistent <- as.integer(d$group == "persistent")
  d$mycn <- ifelse(p$mycn == "amplified", 1L, ifelse(p$mycn %in% c("not_amplified", "gain"), 0L, NA_integer_))
  total <- cons$total[match(dxscan$scan_id[match(d$id, dxscan$patient_id)], cons$scan_id)]
  d$siopen <- as.integer(total > 3)
  d
}
for (endpoint in c("efs", "os")) {
  d <- covariates(landmark(endpoint))
  fit <- survfit(Surv(time, event) ~ group, data = d)
  med <- summary(fit)$table[, "median"]
  cx <- coxph(Surv(time, event) ~ persistent + mycn + siopen, data = d, ties = "efron")
  sm <- summary(cx)
  result[[paste0("adjusted_cox_", endpoint)]] <- list(
    logrank_chisq = survdiff(Surv(time, event) ~ group, data = d)$chisq,
    median_persistent = unname(med["group=persistent"]), median_cleared = unname(med["group=cleared_after_hdc"]),
    n = cx$n, dropped = nrow(d) - cx$n, coef = unname(coef(cx)), se = unname(sqrt(diag(vcov(cx)))),
    hr = unname(sm$conf.int[1, "exp(coef)"]), lower = unname(sm$conf.int[1, "lower .95"]), upper = unname(sm$conf.int[1, "upper .95"]),
    p = unname(sm$coefficients[1, "Pr(>|z|)"]))
}

# Time-dependent Cox on the (start, stop] rows results.json lists.
for (m in res$time_dependent_cox) {
  d <- do.call(rbind, lapply(m$data, as.data.frame))
  cx <- coxph(Surv(start, stop, event) ~ persistent, data = d, ties = "efron")
  ci <- summary(cx)$conf.int
  result[[paste0("time_dependent_", m$endpoint)]] <- list(n = length(unique(d$patient_id)), events = sum(d$event),
    hr = unname(ci[1, "exp(coef)"]), lower = unname(ci[1, "lower .95"]), upper = unname(ci[1, "upper .95"]),
    p = unname(summary(cx)$coefficients[1, "Pr(>|z|)"]))
}

# Cumulative incidence by pattern (competing risks) on results.json's per-patient times and causes.
d <- do.call(rbind, lapply(res$cumulative_incidence$data, as.data.frame))
ci <- cuminc(d$time, d$cause, d$group, cencode = 0)
tp <- timepoints(ci[names(ci) != "Tests"], c(3, 5))
est <- do.call(rbind, lapply(rownames(tp$est), function(k) {
  parts <- strsplit(k, " ")[[1]]
  data.frame(group = parts[1], cause = parts[2], time = c(3, 5), estimate = tp$est[k, ], variance = tp$var[k, ])
}))
# Any relapse (causes 1 and 2 as one), death still competing: the test mibg reports instead of cause 1's.
any <- cuminc(d$time, ifelse(d$cause %in% c(1, 2), 1, ifelse(d$cause == 3, 2, 0)), d$group, cencode = 0)
result$cumulative_incidence <- list(at_times = est,
  tests = data.frame(cause = c(rownames(ci$Tests), "any_relapse"), statistic = c(ci$Tests[, "stat"], any$Tests["1", "stat"]),
                     p = c(ci$Tests[, "pv"], any$Tests["1", "pv"])))

# Agreement by time point: ICC(2,1) of totals and kappa of the positive call (total > 0), psych.
tot <- reads; tot$total <- rowSums(reads[, grep("^siopen_", names(reads))])
by_tp <- list()
for (tpname in unique(scans$timepoint)) {
  ids <- scans$scan_id[scans$timepoint == tpname]
  r1 <- tot[tot$reader == "R1" & tot$scan_id %in% ids, c("scan_id", "total")]
  r2 <- tot[tot$reader == "R2" & tot$scan_id %in% ids, c("scan_id", "total")]
  m <- merge(r1, r2, by = "scan_id")
  if (nrow(m) < 2) next
  icc <- ICC(cbind(m$total.x, m$total.y), lmer = FALSE)$results
  a <- as.integer(m$total.x > 0); b <- as.integer(m$total.y > 0)
  k <- if (length(unique(c(a, b))) > 1) cohen.kappa(cbind(a, b))$kappa else NA
  by_tp[[length(by_tp) + 1]] <- list(timepoint = tpname, scans = nrow(m), icc = icc["Single_random_raters", "ICC"],
                                     persistence_kappa = k, discordant = sum(a != b))
}
result$agreement_by_timepoint <- by_tp
result$r_version <- R.version.string
result$packages <- sapply(c("survival", "cmprsk", "psych"), function(p) as.character(packageVersion(p)))
writeLines(toJSON(result, auto_unbox = TRUE, digits = NA, pretty = TRUE, na = "null"), out)
cat("wrote", out, "\n")
