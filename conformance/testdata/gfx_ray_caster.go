package main

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"sync"
)

var worldMap = []string{
	"################",
	"#..............#",
	"#..AA......B...#",
	"#..AA..........#",
	"#.........BB...#",
	"#..............#",
	"#....#.........#",
	"#..............#",
	"################",
}

const screenW, screenH = 60, 18

type Hit struct {
	Col  int
	Dist float64
	Side int
	Cell byte
}

// castRay walks the grid with DDA and returns the perpendicular wall distance.
func castRay(col int, px, py, dirX, dirY, planeX, planeY float64) Hit {
	camX := 2*float64(col)/screenW - 1
	rx, ry := dirX+planeX*camX, dirY+planeY*camX
	mx, my := int(px), int(py)
	ddx, ddy := math.Abs(1/rx), math.Abs(1/ry)
	stepX, stepY, sideX, sideY := 1, 1, (float64(mx)+1-px)*ddx, (float64(my)+1-py)*ddy
	if rx < 0 {
		stepX, sideX = -1, (px-float64(mx))*ddx
	}
	if ry < 0 {
		stepY, sideY = -1, (py-float64(my))*ddy
	}
	side := 0
	for worldMap[my][mx] == '.' {
		if sideX < sideY {
			sideX, mx, side = sideX+ddx, mx+stepX, 0
		} else {
			sideY, my, side = sideY+ddy, my+stepY, 1
		}
	}
	dist := []float64{sideX - ddx, sideY - ddy}[side]
	return Hit{Col: col, Dist: dist, Side: side, Cell: worldMap[my][mx]}
}

func main() {
	px, py, angle := 13.5, 7.0, -150.0*math.Pi/180
	dirX, dirY := math.Cos(angle), math.Sin(angle)
	planeX, planeY := -dirY*0.66, dirX*0.66

	jobs, results := make(chan int), make(chan Hit)
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for col := range jobs {
				results <- castRay(col, px, py, dirX, dirY, planeX, planeY)
			}
		}()
	}
	go func() {
		for c := range screenW {
			jobs <- c
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	hits := make([]Hit, screenW)
	for h := range results {
		hits[h.Col] = h
	}

	shades := []string{"@@##%%**++==--::", "##%%**++==--::.."}
	rows := make([][]byte, screenH)
	for y := range rows {
		rows[y] = []byte(strings.Repeat(" ", screenW))
		if y > screenH/2 {
			copy(rows[y], strings.Repeat(".", screenW))
		}
	}
	counts := map[byte]int{}
	for _, h := range hits {
		counts[h.Cell]++
		lineH, shade := min(int(screenH/h.Dist), screenH), shades[h.Side]
		top, ch := (screenH-lineH)/2, shade[min(int(h.Dist*2), len(shade)-1)]
		for y := top; y < top+lineH; y++ {
			rows[y][h.Col] = ch
		}
	}
	for _, r := range rows {
		fmt.Printf("|%s|\n", r)
	}

	byDist := func(a, b Hit) int { return cmp.Compare(a.Dist, b.Dist) }
	nearest, farthest := slices.MinFunc(hits, byDist), slices.MaxFunc(hits, byDist)
	fmt.Printf("nearest wall:  col %2d dist %8.3f cell %q\n", nearest.Col, nearest.Dist, nearest.Cell)
	fmt.Printf("farthest wall: col %2d dist %8.3f cell %q\n", farthest.Col, farthest.Dist, farthest.Cell)
	for _, k := range slices.Sorted(maps.Keys(counts)) {
		fmt.Printf("columns hitting %q: %d\n", k, counts[k])
	}
}
