package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

type RGB struct{ R, G, B uint8 }

var ErrBadColor = errors.New("bad color")

func (c RGB) String() string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

// Luma returns perceived brightness in [0,255] using integer Rec.601 weights.
func (c RGB) Luma() int { return (299*int(c.R) + 587*int(c.G) + 114*int(c.B)) / 1000 }

func (c RGB) Dist2(o RGB) int {
	dr, dg, db := int(c.R)-int(o.R), int(c.G)-int(o.G), int(c.B)-int(o.B)
	return dr*dr + dg*dg + db*db
}

func ParseHex(s string) (RGB, error) {
	h, ok := strings.CutPrefix(s, "#")
	if !ok || len(h) != 6 {
		return RGB{}, fmt.Errorf("parse %q: need #rrggbb: %w", s, ErrBadColor)
	}
	v, err := strconv.ParseUint(h, 16, 32)
	if err != nil {
		return RGB{}, fmt.Errorf("parse %q: %w: %w", s, ErrBadColor, err)
	}
	return RGB{uint8(v >> 16), uint8(v >> 8), uint8(v)}, nil
}

type Palette map[string]RGB

func (p Palette) Nearest(c RGB) (string, RGB) {
	best, bestD := "", -1
	for _, name := range slices.Sorted(maps.Keys(p)) {
		if d := c.Dist2(p[name]); bestD < 0 || d < bestD {
			best, bestD = name, d
		}
	}
	return best, p[best]
}

func main() {
	pal := Palette{}
	defs := map[string]string{
		"black": "#000000", "white": "#ffffff", "red": "#ff0000",
		"green": "#00ff00", "blue": "#0000ff", "yellow": "#ffff00",
		"teal": "#008080", "orange": "#ffa500", "purple": "#800080",
		"gray": "#808080",
	}
	for _, name := range slices.Sorted(maps.Keys(defs)) {
		c, err := ParseHex(defs[name])
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		pal[name] = c
	}

	fmt.Println("palette sorted by name:")
	for _, name := range slices.Sorted(maps.Keys(pal)) {
		c := pal[name]
		fmt.Printf("  %-8q %v bytes=%x luma=%3d\n", name, c, []byte{c.R, c.G, c.B}, c.Luma())
	}

	names := slices.Collect(maps.Keys(pal))
	slices.SortFunc(names, func(a, b string) int {
		if d := pal[a].Luma() - pal[b].Luma(); d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	fmt.Println("dark to light:", strings.Join(names, " < "))

	ramp := " .:-=+*#%@"
	var sb strings.Builder
	for _, n := range names {
		sb.WriteByte(ramp[pal[n].Luma()*(len(ramp)-1)/255])
	}
	fmt.Printf("ascii ramp by luma: %q\n", sb.String())

	fmt.Println("nearest palette entries:")
	for _, s := range []string{"#fa8072", "#123456", "#7fff00", "#c0c0c0", "#4b0082"} {
		c, _ := ParseHex(s)
		name, pc := pal.Nearest(c)
		fmt.Printf("  %s -> %-7s %v (dist2=%d)\n", c, name, pc, c.Dist2(pc))
	}

	for _, bad := range []string{"ff0000", "#12345", "#zz0000"} {
		_, err := ParseHex(bad)
		fmt.Printf("  %q: %v (is ErrBadColor: %t)\n", bad, err, errors.Is(err, ErrBadColor))
	}
}
