#!/usr/bin/env bash
# Re-vendor the explorer page's JavaScript libraries into src/kg/web/vendor/.
# npm installs into a scratch folder outside the repository; only the built dist bundles and
# their licence files are copied in, so the page works offline and nothing comes from a CDN.
#   scripts/vendor-web.sh            # the pinned versions below
set -euo pipefail
cd "$(dirname "$0")/.."
DEST=src/kg/web/vendor
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
YASGUI=4.6.2 SIGMA=3.0.3 GRAPHOLOGY=0.26.0 CHARTJS=4.6.1
(cd "$SCRATCH" && npm init -y >/dev/null &&
 npm install --no-audit --no-fund --ignore-scripts \
   "@zazuko/yasgui@$YASGUI" "sigma@$SIGMA" "graphology@$GRAPHOLOGY" "chart.js@$CHARTJS" >/dev/null)
NM=$SCRATCH/node_modules
rm -rf "$DEST"; mkdir -p "$DEST"/{yasgui,sigma,graphology,chartjs}
cp "$NM/@zazuko/yasgui/build/yasgui.min.js" "$NM/@zazuko/yasgui/build/yasgui.min.css" "$DEST/yasgui/"
# @zazuko/yasgui ships no licence file in its npm package; its package.json says MIT.
# The text below is the MIT licence with the authors named in that package.json
# (upstream: https://github.com/rdfjs/Yasgui, LICENSE).
if [ -f "$NM/@zazuko/yasgui/LICENSE" ]; then cp "$NM/@zazuko/yasgui/LICENSE" "$DEST/yasgui/LICENSE"
else cat > "$DEST/yasgui/LICENSE" <<'MIT'
@zazuko/yasgui — MIT License (as declared in its package.json; upstream https://github.com/rdfjs/Yasgui)

Copyright (c) Triply <info@triply.cc> and Zazuko GmbH

Permission is hereby granted, free of charge, to any person obtaining a copy of this software
and associated documentation files (the "Software"), to deal in the Software without
restriction, including without limitation the rights to use, copy, modify, merge, publish,
distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING
BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
MIT
fi
cp "$NM/sigma/dist/sigma.min.js" "$NM/sigma/LICENSE.txt" "$DEST/sigma/"
cp "$NM/graphology/dist/graphology.umd.min.js" "$NM/graphology/LICENSE.txt" "$DEST/graphology/"
cp "$NM/chart.js/dist/chart.umd.min.js" "$NM/chart.js/LICENSE.md" "$DEST/chartjs/"
# strip sourceMappingURL comments: the maps are not shipped
sed -i -e 's|//# sourceMappingURL=.*$||' "$DEST"/*/*.js
for p in @zazuko/yasgui sigma graphology chart.js; do
  printf '%s %s\n' "$p" "$(node -p "require('$NM/$p/package.json').version")"
done > "$DEST/VERSIONS"
cat "$DEST/VERSIONS"
