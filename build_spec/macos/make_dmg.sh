#!/usr/bin/env bash
# Make the macOS disk image: the .app beside a link to /Applications, compressed (UDZO).
#   build_spec/macos/make_dmg.sh "dist/Sociocs Contact Importer.app" dist/Sociocs-Contact-Importer-0.1.0.dmg
# build_spec/build.py --package calls it on macOS. Signing and notarization are release steps
# (README "Building the app"): sign the .app before this script, notarize and staple the .dmg after.
set -euo pipefail

app="${1:?usage: make_dmg.sh APP_BUNDLE OUTPUT_DMG}"
dmg="${2:?usage: make_dmg.sh APP_BUNDLE OUTPUT_DMG}"
volume_name="Sociocs Contact Importer"

[ -d "$app" ] || { echo "make_dmg.sh: no app bundle at $app" >&2; exit 1; }
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT

ditto "$app" "$staging/$(basename "$app")"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "$volume_name" -srcfolder "$staging" -fs HFS+ -format UDZO \
    -imagekey zlib-level=9 -ov "$dmg"
hdiutil verify "$dmg"
echo "made $dmg"
