package main

import (
	"fmt"
	"sort"
	"strings"
)

type Force struct {
	Number  int
	Name    string
	UpToKmh float64 // inclusive upper bound
}

var scale = []Force{
	{0, "calm", 1}, {1, "light air", 5}, {2, "light breeze", 11},
	{3, "gentle breeze", 19}, {4, "moderate breeze", 28}, {5, "fresh breeze", 38},
	{6, "strong breeze", 49}, {7, "near gale", 61}, {8, "gale", 74},
	{9, "strong gale", 88}, {10, "storm", 102}, {11, "violent storm", 117},
	{12, "hurricane force", 1e9},
}

// Beaufort finds the force for a wind speed using binary search.
func Beaufort(kmh float64) Force {
	i := sort.Search(len(scale), func(i int) bool { return kmh <= scale[i].UpToKmh })
	return scale[i]
}

func (f Force) String() string { return fmt.Sprintf("F%d %s", f.Number, f.Name) }

// Compass converts degrees to a 16-point compass direction.
func Compass(deg int) string {
	points := strings.Fields("N NNE NE ENE E ESE SE SSE S SSW SW WSW W WNW NW NNW")
	deg = ((deg % 360) + 360) % 360
	return points[(deg*100+1125)/2250%16]
}

func bar(n int) string {
	return strings.Repeat("#", n) + strings.Repeat(".", 12-n)
}

func main() {
	obs := []struct {
		Station string
		Kmh     float64
		Dir     int
	}{
		{"FARO", 0.5, 0}, {"CORK", 23, 225}, {"BREST", 47.3, 260},
		{"SKAGEN", 66, 300}, {"TORSHVN", 95.5, 315}, {"STORNWY", 130, 350},
		{"MALIN", 11, -20}, {"VALENT", 61, 90},
	}
	for _, o := range obs {
		f := Beaufort(o.Kmh)
		fmt.Printf("%-8s %6.1f km/h from %-3s %-20v |%s|\n", o.Station, o.Kmh, Compass(o.Dir), f, bar(f.Number))
	}

	fmt.Println()
	byForce := map[int][]string{}
	for _, o := range obs {
		n := Beaufort(o.Kmh).Number
		byForce[n] = append(byForce[n], o.Station)
	}
	keys := make([]int, 0, len(byForce))
	for k := range byForce {
		keys = append(keys, k)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(keys)))
	for _, k := range keys {
		fmt.Printf("force %2d (%#x): %s\n", k, k, strings.Join(byForce[k], ","))
	}
	fmt.Printf("%q\n", Compass(720+45))
}
