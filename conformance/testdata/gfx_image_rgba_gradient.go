package main

import (
	"fmt"
	"image"
	"image/color"
	"strings"
)

const ramp = " .:-=+*#%@"

func toASCII(img image.Image) string {
	var sb strings.Builder
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			g := color.GrayModel.Convert(img.At(x, y)).(color.Gray)
			sb.WriteByte(ramp[int(g.Y)*(len(ramp)-1)/255])
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	const w, h = 40, 14
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.SetRGBA(x, y, color.RGBA{
				R: uint8(x * 255 / (w - 1)),
				G: uint8(y * 255 / (h - 1)),
				B: 96,
				A: 255,
			})
		}
	}
	// Dark disc; x is halved because text cells are about twice as tall as wide.
	cx, cy, r := 20, 7, 5
	for y := range h {
		for x := range w {
			dx, dy := (x-cx)/2, y-cy
			if dx*dx+dy*dy <= r*r {
				img.Set(x, y, color.Black)
			}
		}
	}

	fmt.Printf("bounds=%v stride=%d len(Pix)=%d\n", img.Bounds(), img.Stride, len(img.Pix))
	fmt.Printf("At(0,0)=%v type %T\n", img.At(0, 0), img.At(0, 0))
	fmt.Printf("At(39,13)=%+v\n", img.RGBAAt(39, 13))
	fmt.Printf("first pixel bytes: % x\n", img.Pix[:8])
	fmt.Print(toASCII(img))

	sub := img.SubImage(image.Rect(30, 2, 38, 6)).(*image.RGBA)
	fmt.Printf("sub bounds=%v shares pixels=%t\n", sub.Bounds(), sub.At(30, 2) == img.At(30, 2))
	sub.SetRGBA(30, 2, color.RGBA{1, 2, 3, 255})
	fmt.Printf("after writing via sub: img.At(30,2)=%v\n", img.At(30, 2))

	gray := image.NewGray(img.Bounds())
	hist := make([]int, 4)
	for y := range h {
		for x := range w {
			g := color.GrayModel.Convert(img.At(x, y)).(color.Gray)
			gray.SetGray(x, y, g)
			hist[g.Y/64]++
		}
	}
	fmt.Printf("gray histogram (4 buckets): %v total=%d\n", hist, w*h)
	fmt.Printf("gray at center=%v opaque=%t\n", gray.GrayAt(cx, cy), gray.Opaque())
}
