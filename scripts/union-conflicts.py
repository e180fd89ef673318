#!/usr/bin/env python3
"""Resolves git conflict hunks in the given files by keeping both sides (ours, then the lines of theirs not in ours).
For merges where two branches appended to the same list (DbSets, nav links, seeding calls); check the result."""
import sys

for path in sys.argv[1:]:
    out, ours, theirs, state = [], [], [], None
    for line in open(path, encoding='utf-8').read().splitlines(keepends=True):
        if line.startswith('<<<<<<< '):
            state, ours, theirs = 'ours', [], []
        elif line.startswith('||||||| ') and state == 'ours':
            state = 'base'
        elif line.startswith('=======') and state in ('ours', 'base'):
            state = 'theirs'
        elif line.startswith('>>>>>>> ') and state == 'theirs':
            out += ours + [l for l in theirs if l not in ours]
            state = None
        elif state == 'ours':
            ours.append(line)
        elif state == 'theirs':
            theirs.append(line)
        elif state is None:
            out.append(line)
    open(path, 'w', encoding='utf-8').write(''.join(out))
