// Dungeon map as [][]rune with breadth-first search path finding.
package main

import (
	"fmt"
	"strings"
)

type Point struct{ R, C int }

func (p Point) Add(q Point) Point { return Point{p.R + q.R, p.C + q.C} }

var dirs = []Point{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}

type Dungeon [][]rune

func Parse(s string) Dungeon {
	var d Dungeon
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		d = append(d, []rune(line))
	}
	return d
}

func (d Dungeon) Find(ch rune) (Point, bool) {
	for r, row := range d {
		for c, x := range row {
			if x == ch {
				return Point{r, c}, true
			}
		}
	}
	return Point{}, false
}

func (d Dungeon) Open(p Point) bool {
	if p.R < 0 || p.R >= len(d) || p.C < 0 || p.C >= len(d[p.R]) {
		return false
	}
	return d[p.R][p.C] != '#'
}

// Path returns the shortest path from a to b, or nil if none exists.
func (d Dungeon) Path(a, b Point) []Point {
	prev := map[Point]Point{a: a}
	queue := []Point{a}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == b {
			var path []Point
			for p := b; p != a; p = prev[p] {
				path = append(path, p)
			}
			path = append(path, a)
			for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
				path[i], path[j] = path[j], path[i]
			}
			return path
		}
		for _, dir := range dirs {
			n := cur.Add(dir)
			if _, seen := prev[n]; !seen && d.Open(n) {
				prev[n] = cur
				queue = append(queue, n)
			}
		}
	}
	return nil
}

func (d Dungeon) String() string {
	var b strings.Builder
	for _, row := range d {
		b.WriteString(string(row))
		b.WriteByte('\n')
	}
	return b.String()
}

const level = `
##############
#S...#.......#
#.##.#.####..#
#.#..#....#..#
#.#.####..#.##
#.#.......#..#
#.####.#.##..#
#......#....E#
##############`

func main() {
	d := Parse(level)
	start, _ := d.Find('S')
	end, _ := d.Find('E')
	fmt.Printf("start=%+v end=%+v size=%dx%d\n", start, end, len(d), len(d[0]))
	path := d.Path(start, end)
	fmt.Println("steps:", len(path)-1)
	fmt.Println("first five:", path[:5])
	for _, p := range path[1 : len(path)-1] {
		d[p.R][p.C] = '*'
	}
	fmt.Print(d)

	for _, wall := range []Point{{6, 8}, {4, 11}} {
		d[wall.R][wall.C] = '#'
		if p := d.Path(start, end); p == nil {
			fmt.Printf("wall at %v: no path\n", wall)
		} else {
			fmt.Printf("wall at %v: reroute in %d steps via %v\n", wall, len(p)-1, p[len(p)/2])
		}
	}
	if _, ok := d.Find('T'); !ok {
		fmt.Printf("%q not on map\n", 'T')
	}
}
