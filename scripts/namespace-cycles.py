#!/usr/bin/env python3
"""Lists namespace import cycles in src/ (strongly connected components of the namespace dependency graph).

A namespace A depends on B when a file in A names a type declared in B that the file can see: through a `using`
directive (global usings included), an alias, or an enclosing namespace. Comments and strings are ignored. It is an
approximation of the compiler's view (no overload or generic resolution), good enough to find and count circles.

Usage: scripts/namespace-cycles.py [src-dir]   (exit code 0; prints the circles and a summary line)
"""
import os
import re
import sys
from collections import defaultdict

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "src")

NS = re.compile(r"^\s*namespace\s+([\w.]+)\s*[;{]", re.M)
USING = re.compile(r"^\s*(global\s+)?using\s+(static\s+)?([\w.]+)\s*;", re.M)
ALIAS = re.compile(r"^\s*(global\s+)?using\s+(\w+)\s*=\s*([\w.]+)(?:<[^;]*>)?\s*;", re.M)
DECL = re.compile(r"\b(?:class|record|struct|interface|enum|delegate\s+[\w<>,\[\]? ]+)\s+(\w+)")
IDENT = re.compile(r"\b([A-Z]\w*)\b")


def strip(text):
    text = re.sub(r"//[^\n]*", "", text)
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    text = re.sub(r'@?"(?:[^"\\\n]|\\.)*"', '""', text)
    return text


files = []
for dirpath, dirnames, filenames in os.walk(root):
    dirnames[:] = [d for d in dirnames if d not in ("bin", "obj", "Migrations")]
    for name in filenames:
        if name.endswith(".cs"):
            with open(os.path.join(dirpath, name), encoding="utf-8") as f:
                files.append((os.path.join(dirpath, name), strip(f.read())))

types = defaultdict(set)  # simple type name -> namespaces declaring it
global_usings = set()
parsed = []
for path, text in files:
    m = NS.search(text)
    ns = m.group(1) if m else ""
    for t in DECL.findall(text):
        types[t].add(ns)
    usings = set()
    for g, _, target in USING.findall(text):
        (global_usings if g else usings).add(target)
    aliases = {a: t.rsplit(".", 1)[0] for _, a, t in ALIAS.findall(text)}
    parsed.append((path, ns, usings, aliases, text))

edges = defaultdict(set)
for path, ns, usings, aliases, text in parsed:
    if not ns.startswith("WblPortal"):
        continue
    parts = ns.split(".")
    visible = usings | global_usings | {".".join(parts[:i]) for i in range(1, len(parts) + 1)}
    for ident in set(IDENT.findall(text)):
        if ident in aliases:
            target = aliases[ident]
            if target.startswith("WblPortal") and target != ns:
                edges[ns].add(target)
            continue
        for declared in types.get(ident, ()):
            if declared != ns and declared in visible and declared.startswith("WblPortal"):
                edges[ns].add(declared)

# Tarjan's strongly connected components.
index, low, stack, on, sccs, counter = {}, {}, [], set(), [], [0]
sys.setrecursionlimit(10000)


def visit(v):
    index[v] = low[v] = counter[0]
    counter[0] += 1
    stack.append(v)
    on.add(v)
    for w in edges.get(v, ()):
        if w not in index:
            visit(w)
            low[v] = min(low[v], low[w])
        elif w in on:
            low[v] = min(low[v], index[w])
    if low[v] == index[v]:
        comp = []
        while True:
            w = stack.pop()
            on.discard(w)
            comp.append(w)
            if w == v:
                break
        if len(comp) > 1:
            sccs.append(sorted(comp))


nodes = set(edges) | {w for ws in edges.values() for w in ws}
for v in sorted(nodes):
    if v not in index:
        visit(v)

for comp in sorted(sccs, key=len, reverse=True):
    print(f"circle of {len(comp)}:")
    for v in comp:
        inside = sorted(w for w in edges[v] if w in comp)
        print(f"  {v} -> {', '.join(inside)}")
print(f"{len(nodes)} namespaces, {sum(len(c) for c in sccs)} in {len(sccs)} circles")
