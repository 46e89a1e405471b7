package main

import (
	"fmt"
	"math"
	"strings"
)

type Vec4 [4]float64
type Mat4 [4][4]float64

func (m Mat4) Mul(n Mat4) Mat4 {
	var r Mat4
	for i := range 4 {
		for j := range 4 {
			for k := range 4 {
				r[i][j] += m[i][k] * n[k][j]
			}
		}
	}
	return r
}

func (m Mat4) Transform(v Vec4) Vec4 {
	var r Vec4
	for i := range 4 {
		for k := range 4 {
			r[i] += m[i][k] * v[k]
		}
	}
	return r
}

func RotY(deg float64) Mat4 {
	s, c := math.Sincos(deg * math.Pi / 180)
	return Mat4{{c, 0, s, 0}, {0, 1, 0, 0}, {-s, 0, c, 0}, {0, 0, 0, 1}}
}

func RotX(deg float64) Mat4 {
	s, c := math.Sincos(deg * math.Pi / 180)
	return Mat4{{1, 0, 0, 0}, {0, c, -s, 0}, {0, s, c, 0}, {0, 0, 0, 1}}
}

func Translate(x, y, z float64) Mat4 {
	return Mat4{{1, 0, 0, x}, {0, 1, 0, y}, {0, 0, 1, z}, {0, 0, 0, 1}}
}

// Perspective builds an OpenGL-style projection matrix.
func Perspective(fovDeg, aspect, near, far float64) Mat4 {
	f := 1 / math.Tan(fovDeg*math.Pi/360)
	return Mat4{
		{f / aspect, 0, 0, 0},
		{0, f, 0, 0},
		{0, 0, (far + near) / (near - far), 2 * far * near / (near - far)},
		{0, 0, -1, 0},
	}
}

func line(grid [][]byte, x0, y0, x1, y1 int) {
	steps := max(abs(x1-x0), abs(y1-y0), 1)
	for i := 0; i <= steps; i++ {
		x := x0 + int(math.Round(float64((x1-x0)*i)/float64(steps)))
		y := y0 + int(math.Round(float64((y1-y0)*i)/float64(steps)))
		if y >= 0 && y < len(grid) && x >= 0 && x < len(grid[y]) && grid[y][x] == ' ' {
			grid[y][x] = '.'
		}
	}
}

func abs(n int) int { return max(n, -n) }

func main() {
	const W, H = 60, 24
	verts := []Vec4{}
	for i := range 8 {
		verts = append(verts, Vec4{float64(i&1)*2 - 1, float64(i>>1&1)*2 - 1, float64(i>>2&1)*2 - 1, 1})
	}
	model := Translate(0, 0, -3.8).Mul(RotX(25)).Mul(RotY(35))
	proj := Perspective(60, float64(W)/float64(H)/2, 0.1, 100)
	mvp := proj.Mul(model)

	grid := make([][]byte, H)
	for i := range grid {
		grid[i] = []byte(strings.Repeat(" ", W))
	}
	screen := make([][2]int, len(verts))
	for i, v := range verts {
		c := mvp.Transform(v)
		ndcX, ndcY, ndcZ := c[0]/c[3], c[1]/c[3], c[2]/c[3]
		sx := int(math.Round((ndcX + 1) / 2 * (W - 1)))
		sy := int(math.Round((1 - ndcY) / 2 * (H - 1)))
		screen[i] = [2]int{sx, sy}
		fmt.Printf("v%d %+v -> ndc (%6.3f,%6.3f,%6.3f) -> screen %v\n", i, v[:3], ndcX, ndcY, ndcZ, screen[i])
	}
	for a := range 8 {
		for _, bit := range []int{1, 2, 4} {
			if b := a | bit; b != a {
				line(grid, screen[a][0], screen[a][1], screen[b][0], screen[b][1])
			}
		}
	}
	for i, s := range screen {
		grid[s[1]][s[0]] = byte('0' + i)
	}
	for _, row := range grid {
		fmt.Println(strings.TrimRight(string(row), " "))
	}
}
