package install

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math"
)

// gopherBlue is the Go brand colour.
var gopherBlue = color.NRGBA{0x00, 0xAD, 0xD8, 0xFF}

// The logo is a blue disc with a white "Go" drawn from circles and bars, in
// coordinates where the image is the unit square (y grows downwards).
// LogoPNG and LogoSVG draw the same shapes.
const (
	discR  = 0.48
	gX, gY = 0.36, 0.50 // centre of the G
	gR     = 0.17       // outer radius of the G
	gW     = 0.06       // stroke width of the G
	gGap   = 60.0       // the G is open between 0 and gGap degrees
	gBarX0 = 0.39       // the G's bar runs from gBarX0 to gX+gR
	oX, oY = 0.70, 0.56 // centre of the o
	oR     = 0.12       // outer radius of the o
	oW     = 0.055      // stroke width of the o
)

// inLetters reports whether the point (x, y) is white.
func inLetters(x, y float64) bool {
	dg := math.Hypot(x-gX, y-gY)
	if dg <= gR && dg >= gR-gW {
		deg := math.Atan2(-(y-gY), x-gX) * 180 / math.Pi
		if deg <= 0 || deg >= gGap {
			return true
		}
	}
	if math.Abs(y-gY) <= gW/2 && x >= gBarX0 && x <= gX+gR {
		return true
	}
	do := math.Hypot(x-oX, y-oY)
	return do <= oR && do >= oR-oW
}

// LogoPNG draws the logo as a size x size PNG.
//
//	os.WriteFile("logo-64x64.png", install.LogoPNG(64), 0o644)
func LogoPNG(size int) []byte {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	const ss = 4 // samples per pixel side, for smooth edges
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			var disc, white int
			for sy := 0; sy < ss; sy++ {
				for sx := 0; sx < ss; sx++ {
					x := (float64(px) + (float64(sx)+0.5)/ss) / float64(size)
					y := (float64(py) + (float64(sy)+0.5)/ss) / float64(size)
					if math.Hypot(x-0.5, y-0.5) > discR {
						continue
					}
					disc++
					if inLetters(x, y) {
						white++
					}
				}
			}
			if disc == 0 {
				continue
			}
			// Blend white over blue by the letter coverage; alpha is the
			// disc coverage.
			mix := func(c uint8) uint8 {
				return uint8((int(c)*(disc-white) + 255*white) / disc)
			}
			img.SetNRGBA(px, py, color.NRGBA{
				mix(gopherBlue.R), mix(gopherBlue.G), mix(gopherBlue.B),
				uint8(255 * disc / (ss * ss)),
			})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		panic(err) // encoding an in-memory NRGBA image cannot fail
	}
	return buf.Bytes()
}

// LogoSVG is the logo as SVG, on a 64x64 canvas (same shapes as LogoPNG).
const LogoSVG = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">
  <circle cx="32" cy="32" r="30.72" fill="#00ADD8"/>
  <g fill="none" stroke="#FFFFFF">
    <path d="M 27.52 24.24 A 8.96 8.96 0 1 0 32 32" stroke-width="3.84"/>
    <path d="M 24.96 32 H 33.92" stroke-width="3.84"/>
    <circle cx="44.8" cy="35.84" r="5.92" stroke-width="3.52"/>
  </g>
</svg>
`
