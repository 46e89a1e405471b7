package main

import (
	"fmt"
	"strings"
)

type Image [][]int

func NewImage(w, h int, f func(x, y int) int) Image {
	img := make(Image, h)
	for y := range img {
		img[y] = make([]int, w)
		for x := range img[y] {
			img[y][x] = f(x, y)
		}
	}
	return img
}

func (img Image) At(x, y int) (int, bool) {
	if y < 0 || y >= len(img) || x < 0 || x >= len(img[y]) {
		return 0, false
	}
	return img[y][x], true
}

// Convolve applies a kernel, normalising by the weights that fall inside the image.
func (img Image) Convolve(kernel [3][3]int) Image {
	return NewImage(len(img[0]), len(img), func(x, y int) int {
		sum, weight := 0, 0
		for ky := -1; ky <= 1; ky++ {
			for kx := -1; kx <= 1; kx++ {
				if v, ok := img.At(x+kx, y+ky); ok {
					k := kernel[ky+1][kx+1]
					sum += v * k
					weight += k
				}
			}
		}
		return (sum + weight/2) / weight
	})
}

func (img Image) String() string {
	const shades = " .:-=+*#%@"
	var sb strings.Builder
	for _, row := range img {
		for _, v := range row {
			idx := v * (len(shades) - 1) / 255
			sb.WriteByte(shades[idx])
			sb.WriteByte(shades[idx])
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	img := NewImage(12, 7, func(x, y int) int {
		if x >= 3 && x <= 8 && y >= 2 && y <= 4 {
			return 255
		}
		if x == y {
			return 180
		}
		return 0
	})
	box := [3][3]int{{1, 1, 1}, {1, 1, 1}, {1, 1, 1}}
	gauss := [3][3]int{{1, 2, 1}, {2, 4, 2}, {1, 2, 1}}

	fmt.Print("original:\n", img)
	b := img.Convolve(box)
	fmt.Print("box blur:\n", b)
	g := img.Convolve(gauss).Convolve(gauss)
	fmt.Print("gaussian x2:\n", g)
	fmt.Println("row 3 box:  ", b[3])
	fmt.Println("row 3 gauss:", g[3])
}
