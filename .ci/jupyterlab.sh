#!/usr/bin/env bash
# Builds the JupyterLab 4 front end the browser tests (kernel/browsertest)
# drive, once, into a cache directory, and prints that directory.
#
#   bash .ci/jupyterlab.sh [DIR]   (default ${GOKERNEL_JUPYTERLAB:-$HOME/.cache/gokernel/jupyterlab})
#
# JupyterLab is not in Debian and PyPI is not reachable from CI, but its
# front-end packages are on the npm registry and Debian has the server
# (python3-jupyter-server, python3-jupyterlab-server). .ci/jupyterlab/ is
# JupyterLab's own examples/app (v4.6.3, BSD) with the changes described in
# its README; package-lock.json pins every package. A build takes 1-2
# minutes on 2 cores; when DIR already holds a build of the same inputs
# (a stamp of their hash) nothing is done.
#
# Serving it (the tests do this): cd DIR && python3 serve.py
#   --ServerApp.ip=127.0.0.1 --ServerApp.port=PORT --ServerApp.token=TOKEN
#   --ServerApp.root_dir=NOTEBOOKS --ServerApp.open_browser=False
set -euo pipefail
SRC=$(cd "$(dirname "$0")/jupyterlab" && pwd)
DIR=${1:-${GOKERNEL_JUPYTERLAB:-${HOME:-/root}/.cache/gokernel/jupyterlab}}

if ! command -v npm >/dev/null; then
    echo "jupyterlab.sh: npm is missing (apt-get install -y nodejs npm)" >&2
    exit 1
fi

stamp=$(cd "$SRC" && find . -type f | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -c1-16)
stamp="$stamp node-$(node --version)"
if [ -f "$DIR/build/bundle.js" ] && [ "$(cat "$DIR/.gokernel-stamp" 2>/dev/null)" = "$stamp" ]; then
    echo "$DIR"
    exit 0
fi

mkdir -p "$DIR"
rm -f "$DIR/.gokernel-stamp"
cp -r "$SRC"/. "$DIR"/
chmod -R u+w "$DIR"
cd "$DIR"
rm -rf build
# css-loader 6 declares rspack 0.x/1.x as a peer; rspack 2 loads it fine.
npm ci --no-audit --no-fund --loglevel=error --legacy-peer-deps >&2
NODE_OPTIONS=--max-old-space-size=4096 npx rspack >&2
test -f build/bundle.js
# node_modules is only needed to build (about 600 MB): the server serves
# build/ and reads package.json.
rm -rf node_modules
echo "$stamp" > .gokernel-stamp
echo "$DIR"
