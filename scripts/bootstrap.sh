#!/usr/bin/env bash
# Idempotent set-up for a fresh Debian/Ubuntu machine: system packages, a .venv, the project installed into it.
# Quick when nothing is missing (a dpkg query and a hash compare). Without root or apt it prints exactly what
# to install and exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=${VENV:-.venv}
PYTHON=${PYTHON:-python3}

# Debian packages, each with why it is here.
PACKAGES=(
  build-essential      # compiler for ManimPango's build (no Linux wheel)
  python3-dev          # Python headers for the same build
  python3-venv         # `python3 -m venv`
  pkg-config           # finds Cairo and Pango for the build
  libcairo2-dev        # Cairo: Manim's renderer
  libpango1.0-dev      # Pango: Manim's Text
  ffmpeg               # ffmpeg/ffprobe: assembly, probing, posters
  texlive-latex-base   # latex for MathTex
  texlive-latex-recommended
  texlive-latex-extra  # standalone.cls (Manim's TeX template)
  texlive-fonts-recommended
  preview-latex-style  # preview.sty ([preview] option of standalone)
  cm-super-minimal     # T1 fonts
  dvisvgm              # DVI -> SVG for MathTex
  fonts-lato           # the theme's pinned font
  fontconfig           # fc-list / fc-match
)

say() { printf 'setup: %s\n' "$*"; }

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$p")
    fi
  done
else
  for c in ffmpeg ffprobe latex dvisvgm pkg-config; do
    command -v "$c" >/dev/null 2>&1 || missing+=("$c")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "this is not a Debian/Ubuntu machine and these commands are missing: ${missing[*]}."
    say "install Cairo and Pango (with dev files), pkg-config, ffmpeg, a TeX Live with standalone.cls,"
    say "preview.sty and dvisvgm, the Lato font and a C compiler, then run 'make setup' again."
    exit 1
  fi
fi

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    SUDO=""
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null && command -v apt-get >/dev/null 2>&1; then
    SUDO="sudo -n"
  else
    say "missing system packages: ${missing[*]}"
    say "install them with:  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}"
    say "then run 'make setup' again."
    exit 1
  fi
  say "installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  log=$(mktemp /tmp/mml-setup-apt.XXXXXX.log)
  if ! { $SUDO apt-get update -q && $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
    tail -n 20 "$log"
    say "apt-get failed (full log: $log); fix the problem above and run 'make setup' again."
    exit 1
  fi
  rm -f "$log"
fi

# The virtual environment and the project in it; reinstalled only when pyproject.toml changed.
stamp="$VENV/.mml-installed"
want=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ ! -x "$VENV/bin/python" ]; then
  say "creating $VENV"
  "$PYTHON" -m venv "$VENV"
fi
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  say "installing the project and its dependencies into $VENV (a few minutes the first time)"
  "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
  "$VENV/bin/python" -m pip install -q -e ".[dev]" --config-settings editable_mode=compat
  echo "$want" > "$stamp"
fi
say "ready ($VENV)"
