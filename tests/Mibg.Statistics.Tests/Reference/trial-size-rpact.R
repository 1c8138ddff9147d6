# Reference trial sizes from R rpact::getSampleSizeSurvival for tests/Mibg.Statistics.Tests/Trial.
# Usage (from this folder): Rscript trial-size-rpact.R   -> writes trial-size-rpact.json beside it.
# R 4.2.2, rpact 3.3.4, jsonlite. The control arm is given either by its median (lambda2 = log(2)/median) or by
# its EFS S at time T (pi2 = 1 - S, eventTime = T: rpact's own conversion lambda2 = -log(1 - pi2)/eventTime).
# Dropout D = probability of dropping out within one year, both arms (dropoutRate1 = dropoutRate2 = D, dropoutTime = 1).
suppressMessages({library(rpact); library(jsonlite)})
case <- function(hr, power, alpha, accrual, followup, median = NA, survival = NA, at = NA,
                 allocation = 1, method = "Schoenfeld", dropout = 0) {
  args <- list(alpha = alpha, sided = 2, beta = 1 - power, hazardRatio = hr,
               accrualTime = c(0, accrual), followUpTime = followup,
               allocationRatioPlanned = allocation, typeOfComputation = method)
  if (!is.na(median)) args$lambda2 <- log(2) / median else { args$pi2 <- 1 - survival; args$eventTime <- at }
  if (dropout > 0) args <- c(args, list(dropoutRate1 = dropout, dropoutRate2 = dropout, dropoutTime = 1))
  x <- do.call(getSampleSizeSurvival, args)
  list(hr = hr, power = power, alpha = alpha, method = method, allocation = allocation,
       control_median = median,
       control_survival = survival, at = at,
       accrual = accrual, followup = followup, dropout = dropout,
       events = x$eventsFixed, subjects = x$nFixed, probability_of_event = x$omega)
}
cases <- list(
  case(0.6, 0.8, 0.05, 4, 3, median = 2),
  case(0.6, 0.8, 0.05, 4, 3, median = 2, method = "Freedman"),
  case(0.5, 0.9, 0.05, 5, 2, median = 1.5, allocation = 2),
  case(0.5, 0.9, 0.05, 5, 2, median = 1.5, allocation = 2, method = "Freedman"),
  case(0.6, 0.8, 0.05, 4, 3, median = 2, dropout = 0.1),
  case(0.6, 0.8, 0.05, 4, 3, median = 2, dropout = 0.1, method = "Freedman"),
  case(0.7, 0.8, 0.05, 3, 2, survival = 0.4, at = 3),
  case(0.7, 0.8, 0.05, 3, 2, survival = 0.4, at = 3, method = "Freedman"),
  case(0.65, 0.85, 0.05, 6, 2, survival = 0.3, at = 3, allocation = 2, dropout = 0.05),
  case(0.65, 0.85, 0.05, 6, 2, survival = 0.3, at = 3, allocation = 2, dropout = 0.05, method = "Freedman"),
  case(0.75, 0.9, 0.01, 2.5, 1.5, survival = 0.55, at = 2, allocation = 0.5, dropout = 0.2),
  case(0.8, 0.8, 0.1, 8, 0, median = 5, allocation = 3, method = "Freedman"),
  case(0.55, 0.95, 0.025, 1, 4, median = 0.75, dropout = 0.02),
  case(0.6, 0.8, 0.05, 5, 3, survival = 0.2, at = 5, allocation = 1.5, dropout = 0.15, method = "Freedman"))
here <- dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)))
writeLines(toJSON(list(tool = "rpact::getSampleSizeSurvival", rpact = as.character(packageVersion("rpact")),
                       cases = cases), auto_unbox = TRUE, digits = NA, pretty = TRUE, na = "null"),
           file.path(if (length(here) == 1 && nzchar(here)) here else ".", "trial-size-rpact.json"))
