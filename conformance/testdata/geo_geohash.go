package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

const base32 = "0123456789bcdefghjkmnpqrstuvwxyz"

type LatLon struct{ Lat, Lon float64 }

func (p LatLon) String() string { return fmt.Sprintf("%.4f,%.4f", p.Lat, p.Lon) }

type Box struct{ MinLat, MaxLat, MinLon, MaxLon float64 }

func (b Box) Center() LatLon { return LatLon{(b.MinLat + b.MaxLat) / 2, (b.MinLon + b.MaxLon) / 2} }

// Bits interleaves longitude and latitude bisections, longitude first.
func Bits(p LatLon, n int) uint64 {
	lat, lon := [2]float64{-90, 90}, [2]float64{-180, 180}
	var v uint64
	for i := range n {
		rng, x := &lon, p.Lon
		if i%2 == 1 {
			rng, x = &lat, p.Lat
		}
		mid := (rng[0] + rng[1]) / 2
		v <<= 1
		if x >= mid {
			v |= 1
			rng[0] = mid
		} else {
			rng[1] = mid
		}
	}
	return v
}

func Encode(p LatLon, precision int) string {
	v := Bits(p, precision*5)
	var sb strings.Builder
	for i := precision - 1; i >= 0; i-- {
		sb.WriteByte(base32[(v>>(5*uint(i)))&31])
	}
	return sb.String()
}

var ErrBadChar = errors.New("invalid geohash character")

func Decode(h string) (Box, error) {
	b := Box{-90, 90, -180, 180}
	even := true
	for i, c := range h {
		idx := strings.IndexRune(base32, c)
		if idx < 0 {
			return Box{}, fmt.Errorf("position %d %q: %w", i, c, ErrBadChar)
		}
		for bit := 4; bit >= 0; bit-- {
			on := idx>>bit&1 == 1
			if even {
				mid := (b.MinLon + b.MaxLon) / 2
				if on {
					b.MinLon = mid
				} else {
					b.MaxLon = mid
				}
			} else {
				mid := (b.MinLat + b.MaxLat) / 2
				if on {
					b.MinLat = mid
				} else {
					b.MaxLat = mid
				}
			}
			even = !even
		}
	}
	return b, nil
}

func Haversine(a, b LatLon) float64 {
	const R = 6371.0088
	rad := math.Pi / 180
	dLat, dLon := (b.Lat-a.Lat)*rad, (b.Lon-a.Lon)*rad
	h := math.Sin(dLat/2)*math.Sin(dLat/2) + math.Cos(a.Lat*rad)*math.Cos(b.Lat*rad)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * R * math.Asin(math.Sqrt(h))
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

func main() {
	places := []struct {
		Name string
		P    LatLon
	}{
		{"Paris", LatLon{48.8566, 2.3522}},
		{"Versailles", LatLon{48.8049, 2.1204}},
		{"London", LatLon{51.5074, -0.1278}},
		{"New York", LatLon{40.7128, -74.0060}},
		{"Sydney", LatLon{-33.8688, 151.2093}},
		{"Null Island", LatLon{0, 0}},
	}
	hashes := make([]string, len(places))
	for i, pl := range places {
		hashes[i] = Encode(pl.P, 9)
		fmt.Printf("%-12s %-18v hash=%q bits(20)=%#x %020b\n", pl.Name, pl.P, hashes[i], Bits(pl.P, 20), Bits(pl.P, 20))
	}
	for _, prec := range []int{1, 3, 5, 7, 9} {
		h := hashes[0][:prec]
		box, _ := Decode(h)
		c := box.Center()
		errKm := Haversine(c, places[0].P)
		fmt.Printf("Paris prec=%d %-10q box=[%.4f..%.4f]x[%.4f..%.4f] err=%.4f km\n",
			prec, h, box.MinLat, box.MaxLat, box.MinLon, box.MaxLon, errKm)
	}
	for i := range places {
		for j := i + 1; j < len(places); j++ {
			if j-i > 2 {
				continue
			}
			fmt.Printf("%-12s -> %-12s %9.2f km, shared prefix %d\n",
				places[i].Name, places[j].Name, Haversine(places[i].P, places[j].P), commonPrefix(hashes[i], hashes[j]))
		}
	}
	for _, bad := range []string{"u09tv", "u0ait", "zzz"} {
		box, err := Decode(bad)
		if err != nil {
			fmt.Printf("decode %q: %v (bad char: %t)\n", bad, err, errors.Is(err, ErrBadChar))
			continue
		}
		fmt.Printf("decode %q: center %v\n", bad, box.Center())
	}
}
