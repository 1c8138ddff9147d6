#!/usr/bin/env python3
"""Builds the R input of tests/Mibg.Analysis.Tests/DemoAgainstRTests.cs from a demo output folder.

Usage: mibg demo --out D && python3 demo-goldens.py D > cox.csv && Rscript -e 'library(survival); d<-read.csv("cox.csv"); print(survdiff(Surv(time,event)~persistent,d)$chisq); print(summary(coxph(Surv(time,event)~persistent+mycn+siopen,d))$coefficients); print(summary(coxph(Surv(ostime,osevent)~persistent+mycn+siopen,d))$coefficients)'
Times: years (365.25 days) from the post-HDC scan; EFS = first event of any type, OS = death."""
import sys
D=sys.argv[1]
import json,csv,datetime
r=json.load(open(D+'/results.json'))
pat={p['patient_id']:p for p in csv.DictReader(open(D+'/study/patients.csv'))}
ev={}
for e in csv.DictReader(open(D+'/study/events.csv')): ev.setdefault(e['patient_id'],[]).append(e)
post={s['patient_id']:s['scan_date'] for s in r['scans'] if s['timepoint']=='post_hdc'}
dxt={}
for s in sorted(r['scans'], key=lambda s: s['scan_date']):
  if s['timepoint']=='diagnosis' and s['patient_id'] not in dxt: dxt[s['patient_id']]=s['siopen_total']
pers=set(r['persistent']['patients'])
elig=[p for g in r['groups'] if g['group'] in ('cleared_after_hdc','persistent') for p in g['patients']]
Dt=lambda s: datetime.date.fromisoformat(s)
f=sys.stdout
if True:
  f.write('time,event,ostime,osevent,persistent,mycn,siopen\n')
  for p in elig:
    es=sorted(ev.get(p,[]),key=lambda e:e['event_date'])
    if es: d=Dt(es[0]['event_date']); e=1
    else: d=Dt(pat[p]['last_contact_date']); e=0
    dead=pat[p]['vital_status']=='dead'
    od=Dt(pat[p]['death_date']) if dead else Dt(pat[p]['last_contact_date'])
    m={'amplified':1,'not_amplified':0,'gain':0}.get(pat[p]['mycn'],'NA')
    f.write(f"{(d-Dt(post[p])).days/365.25},{e},{(od-Dt(post[p])).days/365.25},{1 if dead else 0},{1 if p in pers else 0},{m},{1 if dxt[p]>3 else 0}\n")
