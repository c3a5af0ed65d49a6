#!/usr/bin/env python3
"""Lists the functions in src/ of at least N lines (default 80), longest first: the
issue-29 rule is that every function reads on one screen.  Usage: scripts/fn-lengths.py [N]"""
import re,sys,os
res=[]
for root,_,fs in os.walk('src'):
  for f in fs:
    if not f.endswith('.rs'): continue
    p=os.path.join(root,f); L=open(p).read().split('\n')
    i=0
    while i<len(L):
      m=re.match(r'\s*(pub(\([a-z]+\))?\s+)?(const\s+)?(async\s+)?(unsafe\s+)?fn\s+(\w+)',L[i])
      if m and not L[i].strip().startswith('//'):
        depth=0; started=False; j=i
        while j<len(L):
          line=re.sub(r'"(\\.|[^"\\])*"','""',L[j]); line=re.sub(r"'(\\.|[^'\\])'","''",line); line=line.split('//')[0]
          for c in line:
            if c=='{': depth+=1; started=True
            elif c=='}': depth-=1
          if started and depth==0: break
          if not started and line.rstrip().endswith(';'): break
          j+=1
        n=j-i+1
        if n>=int(sys.argv[1]) if len(sys.argv) > 1 else 80 : res.append((n,p,i+1,m.group(6)))
      i+=1
for r in sorted(res,reverse=True): print(*r)
