#!/usr/bin/env bash
# Installs what the in-editor tests (test/editor/run.mjs) need:
#   - Debian's Chromium and the Kerberos headers (only if missing),
#   - code-server@4.100.3 (VS Code server + web workbench) in a cache folder
#     outside the work tree: ${PLEADING_EDITOR_CACHE:-$HOME/.cache/pleading-editor}.
# Idempotent and non-interactive; does nothing when the cache already holds a
# working code-server. Needs only the npm registry and Debian's apt.
set -euo pipefail

CS_VERSION=4.100.3
RG_PKG='@vscode/ripgrep-linux-x64@1.18.0'
# @vscode/ripgrep@1.15.11 (code-server's dependency) looks for this file in
# $TMPDIR before trying to download rg from GitHub.
RG_CACHE_DIR=vscode-ripgrep-cache-1.15.11
RG_CACHE_FILE=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

CACHE="${PLEADING_EDITOR_CACHE:-$HOME/.cache/pleading-editor}"
PREFIX="$CACHE/code-server-$CS_VERSION"
CS_BIN="$PREFIX/node_modules/.bin/code-server"

log() { printf '[editor-setup] %s\n' "$*"; }

# --- system packages ----------------------------------------------------------
need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
if ! dpkg-query -W -f='${Status}' libkrb5-dev 2>/dev/null | grep -q 'install ok installed'; then
  need_apt+=(libkrb5-dev)
fi
# node-gyp (node-pty, kerberos, ...) needs a C++ toolchain and python3.
command -v make >/dev/null 2>&1 && command -v g++ >/dev/null 2>&1 || need_apt+=(build-essential)
command -v python3 >/dev/null 2>&1 || need_apt+=(python3)

if [ "${#need_apt[@]}" -gt 0 ]; then
  log "apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
else
  log "chromium and libkrb5-dev already installed"
fi

# --- code-server ----------------------------------------------------------------
# `code-server --version` writes config.yaml and logs under the XDG folders:
# keep them out of $HOME.
cs_version() {
  local d rc=0
  d="$(mktemp -d)"
  XDG_CONFIG_HOME="$d" XDG_DATA_HOME="$d" "$CS_BIN" --version 2>&1 \
    | grep -m1 -E '^[0-9]+\.[0-9]+\.[0-9]+ ' || rc=1
  rm -rf "$d"
  return "$rc"
}

if [ -x "$CS_BIN" ] && [ -e "$PREFIX/.complete" ] \
   && cs_version | grep -q "^$CS_VERSION "; then
  log "code-server $CS_VERSION already in $PREFIX"
  exit 0
fi

log "installing code-server@$CS_VERSION into $PREFIX (about 2-3 minutes)"
rm -rf "$PREFIX"
mkdir -p "$PREFIX"

work="$(mktemp -d "$CACHE/.setup.XXXXXX")"
trap 'rm -rf "$work"' EXIT

log "pre-seeding the ripgrep download cache from $RG_PKG"
(cd "$work" && npm pack --silent "$RG_PKG" >/dev/null && tar xzf vscode-ripgrep-linux-x64-*.tgz)
[ -x "$work/package/bin/rg" ] || { log "no bin/rg in $RG_PKG"; exit 1; }
mkdir -p "$work/tmp/$RG_CACHE_DIR"
tar czf "$work/tmp/$RG_CACHE_DIR/$RG_CACHE_FILE" -C "$work/package/bin" rg

# A local (not --global) install: under --global, npm hands its global/prefix
# settings to code-server's postinstall, whose inner `npm install` in lib/vscode
# then reifies the global tree and fails (ENOENT on font-finder).
printf '{"name":"pleading-editor-cache","private":true}\n' >"$PREFIX/package.json"
log "npm install code-server@$CS_VERSION"
if ! (cd "$PREFIX" && \
      TMPDIR="$work/tmp" \
      npm_config_unsafe_perm=true \
      npm_config_yes=true \
      npm_config_audit=false \
      npm_config_fund=false \
      npm_config_update_notifier=false \
      npm install --loglevel=error "code-server@$CS_VERSION" \
        >"$work/npm.log" 2>&1); then
  tail -n 40 "$work/npm.log" >&2
  log "npm install failed (full log above, last 40 lines)"
  rm -rf "$PREFIX"
  exit 1
fi

if ! version="$(cs_version)" || ! grep -q "^$CS_VERSION " <<<"$version"; then
  printf '%s\n' "$version" >&2
  log "code-server installed but does not run"
  rm -rf "$PREFIX"
  exit 1
fi
touch "$PREFIX/.complete"
log "code-server $version ready in $PREFIX"
