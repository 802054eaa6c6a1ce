#!/bin/sh
# Installs pandoc (Debian package) for `pnpm bench`, which compares stdkit's
# HTML with pandoc's Markdown → HTML. Does nothing when pandoc is present.
set -eu
if command -v pandoc >/dev/null 2>&1; then exit 0; fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-pandoc: no pandoc and no apt-get; install pandoc yourself to compare with it" >&2
  exit 1
fi
SUDO=''
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO='sudo'; else
    echo "install-pandoc: apt-get needs root; install pandoc yourself" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq --no-install-recommends pandoc >/dev/null
command -v pandoc >/dev/null
