#!/usr/bin/env bash
# build.sh - compile minios to textual LLVM IR, in the three flavours fuselog is tested on.
#
#   ir/llvm14/     clang-14 -O0, typed pointers, value names kept
#   ir/llvm19/     clang-19 -O0, opaque pointers, value names kept, with debug info (-g:
#                  the only flavour that has it)
#   ir/llvm19-O2/  clang-19 -O2: inlined within a file, SSA form, byte-offset GEPs
#
# Each .c file is compiled on its own; each server's files are then joined with llvm-link
# (no optimisation across files), giving one module per server plus the libraries kept
# separate: <flavour>/{pm,vfs,vm,ds,rs,libsys,libmthread,libc}.ll.
#
# Needs the Debian packages clang-14, llvm-14, clang-19 and llvm-19 (for clang-N and
# llvm-link-N); installs nothing itself. The output is the same on every run and holds no
# path of the build machine: sources are compiled from this folder by relative path and
# debug info maps this folder to ".".
#
# Usage: build.sh [OUTDIR]     (default: the ir/ folder beside this script; runs from any cwd)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:-$here/ir}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

# tool NAME VERSION: the versioned tool on PATH, else LLVM's own bin folder.
tool() {
	local t
	for t in "$1-$2" "/usr/lib/llvm-$2/bin/$1"; do
		if command -v "$t" >/dev/null 2>&1; then
			command -v "$t"
			return 0
		fi
	done
	echo "build.sh: $1-$2 not found; install the Debian packages clang-$2 and llvm-$2" >&2
	return 1
}
CLANG14="$(tool clang 14)"; LINK14="$(tool llvm-link 14)"
CLANG19="$(tool clang 19)"; LINK19="$(tool llvm-link 19)"

COMMON=(--target=i386-unknown-elf -m32 -ffreestanding -nostdinc -std=gnu11 -Iinclude
	-Wall -Wextra -S -emit-llvm)
O0=(-O0 -Xclang -disable-O0-optnone -fno-discard-value-names)

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cd "$here"
export LC_ALL=C

# build FLAVOUR CLANG LINK FLAGS...: compile every source, then link each component.
build() {
	local flavour="$1" clang="$2" link="$3"
	shift 3
	local dir="$tmp/$flavour"
	mkdir -p "$out/$flavour"
	local src
	for src in lib/sys/*.c lib/mthread/*.c lib/c/*.c servers/*/*.c; do
		mkdir -p "$dir/$(dirname "$src")"
		"$clang" "${COMMON[@]}" "$@" "$src" -o "$dir/${src%.c}.ll"
	done
	local comp
	for comp in pm vfs vm ds rs; do
		"$link" -S "$dir"/servers/"$comp"/*.ll -o "$out/$flavour/$comp.ll"
	done
	"$link" -S "$dir"/lib/sys/*.ll -o "$out/$flavour/libsys.ll"
	"$link" -S "$dir"/lib/mthread/*.ll -o "$out/$flavour/libmthread.ll"
	"$link" -S "$dir"/lib/c/*.ll -o "$out/$flavour/libc.ll"
}

build llvm14 "$CLANG14" "$LINK14" "${O0[@]}"
build llvm19 "$CLANG19" "$LINK19" "${O0[@]}" -g -fdebug-prefix-map="$here"=.
build llvm19-O2 "$CLANG19" "$LINK19" -O2
echo "build.sh: IR written to $out"
