package main

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
)

// overNRGBA blends non-premultiplied src over dst by hand (Porter-Duff "over").
func overNRGBA(src, dst color.NRGBA) color.NRGBA {
	sa, da := float64(src.A)/255, float64(dst.A)/255
	oa := sa + da*(1-sa)
	if oa == 0 {
		return color.NRGBA{}
	}
	mix := func(s, d uint8) uint8 {
		v := (float64(s)*sa + float64(d)*da*(1-sa)) / oa
		return uint8(v + 0.5)
	}
	return color.NRGBA{mix(src.R, dst.R), mix(src.G, dst.G), mix(src.B, dst.B), uint8(oa*255 + 0.5)}
}

func dump(img *image.RGBA) {
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		row := img.Pix[img.PixOffset(b.Min.X, y):img.PixOffset(b.Max.X, y)]
		fmt.Printf("  row %d: %x\n", y, row)
	}
}

func main() {
	red50 := color.NRGBA{255, 0, 0, 128}
	r, g, b, a := red50.RGBA()
	fmt.Printf("NRGBA %v premultiplied 16-bit: r=%#04x g=%#04x b=%#04x a=%#04x\n", red50, r, g, b, a)
	fmt.Printf("as RGBA model: %+v\n", color.RGBAModel.Convert(red50))

	dst := image.NewRGBA(image.Rect(0, 0, 6, 4))
	draw.Draw(dst, dst.Bounds(), image.NewUniform(color.RGBA{0, 0, 255, 255}), image.Point{}, draw.Src)
	fmt.Println("blue background:")
	dump(dst)

	draw.Draw(dst, image.Rect(2, 1, 6, 3), image.NewUniform(red50), image.Point{}, draw.Over)
	fmt.Println("after 50% red Over on (2,1)-(6,3):")
	dump(dst)

	draw.Draw(dst, image.Rect(0, 3, 3, 4), image.NewUniform(color.Transparent), image.Point{}, draw.Src)
	fmt.Println("after transparent Src on (0,3)-(3,4):")
	dump(dst)

	manual := overNRGBA(red50, color.NRGBA{0, 0, 255, 255})
	got := dst.RGBAAt(3, 2)
	fmt.Printf("manual over: %v, image/draw: %v, type %T\n", manual, got, got)

	fmt.Println("red over blue at several alphas:")
	for _, alpha := range []uint8{0, 64, 128, 192, 255} {
		c := overNRGBA(color.NRGBA{255, 0, 0, alpha}, color.NRGBA{0, 0, 255, 255})
		fmt.Printf("  alpha %3d -> #%02x%02x%02x%02x\n", alpha, c.R, c.G, c.B, c.A)
	}

	half := overNRGBA(color.NRGBA{0, 255, 0, 128}, color.NRGBA{0, 0, 0, 0})
	fmt.Printf("green50 over transparent: %+v\n", half)
	gray := color.GrayModel.Convert(dst.At(3, 2)).(color.Gray)
	fmt.Printf("gray of blended pixel: %d, opaque image: %t\n", gray.Y, dst.Opaque())
}
