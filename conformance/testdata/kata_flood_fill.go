package main

import (
	"fmt"
	"sort"
	"strings"
)

type Image [][]byte

func parse(s string) Image {
	var img Image
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		img = append(img, []byte(strings.TrimSpace(line)))
	}
	return img
}

func (img Image) Clone() Image {
	out := make(Image, len(img))
	for i, row := range img {
		out[i] = append([]byte(nil), row...)
	}
	return out
}

func (img Image) String() string {
	lines := make([]string, len(img))
	for i, row := range img {
		lines[i] = "  " + string(row)
	}
	return strings.Join(lines, "\n")
}

// FillRecursive performs a 4-way recursive fill and returns the number of painted cells.
func (img Image) FillRecursive(r, c int, color byte) int {
	target := img[r][c]
	if target == color {
		return 0
	}
	var fill func(r, c int) int
	fill = func(r, c int) int {
		if r < 0 || r >= len(img) || c < 0 || c >= len(img[r]) || img[r][c] != target {
			return 0
		}
		img[r][c] = color
		return 1 + fill(r+1, c) + fill(r-1, c) + fill(r, c+1) + fill(r, c-1)
	}
	return fill(r, c)
}

// FillQueue performs an 8-way breadth-first fill.
func (img Image) FillQueue(r, c int, color byte) int {
	target := img[r][c]
	if target == color {
		return 0
	}
	type cell struct{ r, c int }
	queue := []cell{{r, c}}
	img[r][c] = color
	n := 0
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		n++
		for dr := -1; dr <= 1; dr++ {
			for dc := -1; dc <= 1; dc++ {
				nr, nc := cur.r+dr, cur.c+dc
				if nr >= 0 && nr < len(img) && nc >= 0 && nc < len(img[nr]) && img[nr][nc] == target {
					img[nr][nc] = color
					queue = append(queue, cell{nr, nc})
				}
			}
		}
	}
	return n
}

// Regions labels connected '.' areas and returns their sizes sorted descending.
func (img Image) Regions() []int {
	work := img.Clone()
	var sizes []int
	label := byte('a')
	for r := range work {
		for c := range work[r] {
			if work[r][c] == '.' {
				sizes = append(sizes, work.FillRecursive(r, c, label))
				label++
			}
		}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(sizes)))
	return sizes
}

const picture = `
	..##......
	..#.#.....
	.#...#..##
	.#...#.#..
	..###..#..
	.......#..
	###.....#.
`

func main() {
	img := parse(picture)
	fmt.Printf("original:\n%v\n", img)

	a := img.Clone()
	n := a.FillRecursive(2, 3, 'o')
	fmt.Printf("4-way fill inside shape painted %d:\n%v\n", n, a)

	b := img.Clone()
	n = b.FillQueue(0, 0, '~')
	fmt.Printf("8-way fill from corner painted %d:\n%v\n", n, b)

	c := img.Clone()
	fmt.Printf("same colour no-op: %d\n", c.FillRecursive(0, 2, '#'))
	fmt.Printf("4-way '.' regions: %v\n", img.Regions())
}
