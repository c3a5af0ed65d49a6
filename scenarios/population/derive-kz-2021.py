"""Derive scenarios/population/kz-2021.toml from the current kz-2025.toml.
Keeps every table and key (except the optional [calibration]); replaces the three totals
and meta; appends a 'carried back' note to every citation; drops 108-1 / 109-1 shares."""
import re, sys, hashlib
root = sys.argv[1] if len(sys.argv) > 1 else __import__('os').path.dirname(__import__('os').path.abspath(__file__))
srcp = f'{root}/kz-2025.toml'
raw = open(srcp, 'rb').read()
sha = hashlib.sha256(raw).hexdigest()
lines = raw.decode().split('\n')
CARRY = " [kz-2021: the 2025 composition carried back unchanged (assumption).]"
CAL_RE = re.compile(r' \[calibrated by ABC to ([^\]]*)\]')
CAL_NEW = r" [value calibrated by ABC to \1 for the 2025 law, NOT to any 2021 figure; the 2025 composition carried back to December 2021 (assumption).]"
special = {
 'prisoner.total': ("source", "About 30,000 sentenced prisoners in December 2021: Minister of Internal Affairs Turghymbaev in the Senate, December 2021 ('30 thousand citizens in custody, 4 thousand under investigation', esquire.kz via Kazinform); 34,000 = 30,000 sentenced + 4,000 pre-trial (arasha.kz 2021-11-03); 'more than 34,000 inmates' in 64 prisons and 16 detention centres (rferl.org 2021-12-08)", 30000),
 'pretrial.total': ("source", "About 4,000 persons under investigation in detention in December 2021: Minister Turghymbaev in the Senate (esquire.kz via Kazinform); arasha.kz 2021-11-03", 4000),
 'probationer.total': ("source", "About 32,000 registered with the probation service in November 2021 (arasha.kz 2021-11-03)", 32000),
}
meta = {
 'name': 'name = "kz-2021"',
 'title': 'title = "Kazakhstan penal population, December 2021 (2025 composition carried back)"',
 'reference_date': 'reference_date = "2021-12-07"',
 'description': 'description = "Synthetic penal population of Kazakhstan in December 2021 (about 30,000 sentenced prisoners, 4,000 in pre-trial detention, 32,000 on probation; 64 prisons and 16 detention centres), for the 2021 amnesty (Law No. 81-VII). Derived from the calibrated 2025 spec kz-2025.toml: the totals are sourced for 2021; every share, term and rate is the 2025 composition carried back (assumption); every uncertain share is drawn per replicate."',
}
OFF_NOTE = (" Arts. 108-1 and 109-1 (light harm to health, battery) were returned to the Code only in 2024 and did not exist in December 2021: their shares are removed here if the 2025 mix has any ({removed})."
            " Key 339-1-1 (saiga poaching, art. 339 part 1-1) is kept at its small 2025 weight; whether that part existed in 2021 was not checked.")
extra = {
 'cost_per_prisoner_day_kzt': " Costs in 2021 tenge were lower in nominal terms than in 2025; the range is kept as it is (assumption).",
 'prisoner.damage': " In 2021 the monthly calculation index, and so the tenge value of 'large scale', was lower; amounts are kept as in 2025 (assumption).",
 'prisoner.life_sentences': " The December 2021 count was not found; the May 2024 count is used.",
 'prisoner.female': " The 2024 shares are applied to the 2021 total.",
 'probationer.bad_conduct': " The 2025 breach rate is applied to the 2021 probation population.",
}
out = []; table = None; skip = False; removed = {}
body = []
for ln in lines:
    m = re.match(r'^\[([^\]]+)\]$', ln)
    if m:
        table = m.group(1); skip = (table == 'calibration')
        if skip: continue
    if skip or ln.startswith('#'): continue
    if table and table.endswith('offences.shares') and re.match(r'^"?(108-1|109-1)\b', ln):
        removed.setdefault(table.split('.')[0], []).append(ln.strip()); continue
    body.append((table, ln))
for table, ln in body:
    if table in special and re.match(r'^(source|assumption) = ', ln):
        k, t, _ = special[table]; out.append(f'{k} = "{t}"'); continue
    if table in special and ln.startswith('value = '):
        out.append(f'value = {special[table][2]}'); continue
    if table == 'meta':
        k = ln.split(' = ')[0]
        if k in meta: out.append(meta[k]); continue
    m = re.match(r'^(source|assumption) = "(.*)"$', ln)
    if m:
        kind, text = m.groups()
        if CAL_RE.search(text): text = CAL_RE.sub(CAL_NEW, text)
        else: text += CARRY
        if table in extra: text += extra[table]
        if table and table.endswith('.offences'):
            st = table.split('.')[0]
            text += OFF_NOTE.format(removed=('removed: ' + ', '.join(removed[st])) if st in removed else 'it has none, so nothing was removed')
        out.append(f'{kind} = "{text}"'); continue
    out.append(ln)
while out and out[0] == '': out.pop(0)
header = f'''# Population spec for the 2021 amnesty (Law No. 81-VII of 7 December 2021): the penal
# population of Kazakhstan in December 2021. Use with ../drafts/kz-2021.toml.
#
# How it was made (script: /tmp/kz2021/derive-kz2021.py in the session that wrote it): a
# copy of the CALIBRATED 2025 spec kz-2025.toml (sha256 {sha[:16]}...; same tables and
# keys, so the loader reads it the same way), with
#   - the three totals replaced by sourced December 2021 figures: 30,000 sentenced
#     prisoners, 4,000 in pre-trial detention, 32,000 on probation (Minister of Internal
#     Affairs in the Senate, December 2021, esquire.kz via Kazinform; arasha.kz
#     2021-11-03; rferl.org 2021-12-08);
#   - meta (name, title, reference_date = 2021-12-07, the day the law was signed);
#   - every other number (shares, terms, rates, life sentences, cost) left at its 2025
#     value, each citation saying so: "the 2025 composition carried back (assumption)".
#     The values the 2025 calibration moved were fitted to 2025 figures, not to any 2021
#     figure; their citations say so.
#   - no [calibration] table: it is optional for the loader (src/spec/file.rs) and this
#     file was not calibrated. A natural next step is to calibrate it against the 2021
#     official forecast (about 1,000 prisoners released, 3,800 probationers released,
#     1,294 prisoners and 7,392 probationers with terms cut, 5,000 pending cases closed:
#     rferl.org 2021-11-03), once the 2021 cut provisions are known (see the draft).
#
# Arts. 108-1 and 109-1 did not exist in 2021 (returned to the Code in 2024); the
# offence-mix citations say whether any share had to be removed for them.
# If kz-2025.toml changes, re-derive this file rather than editing it by hand.

'''
open(f'{root}/kz-2021.toml', 'w').write(header + '\n'.join(out).rstrip('\n') + '\n')
print('removed', removed, 'sha', sha)
