package main

import (
	"bytes"
	"fmt"
	"strings"
)

const input = `O....#....
O.OO#....#
.....##...
OO.#O....O
.O.....O#.
O.#..O.#.#
..O..#O..O
.......O..
#....###..
#OO..#....`

type Platform [][]byte

func (p Platform) TiltNorth() {
	for x := range p[0] {
		free := 0
		for y := range p {
			switch p[y][x] {
			case '#':
				free = y + 1
			case 'O':
				p[y][x], p[free][x] = '.', 'O'
				free++
			}
		}
	}
}

// RotateCW returns the platform rotated clockwise, so tilting north
// four times with rotations performs north, west, south, east.
func (p Platform) RotateCW() Platform {
	h, w := len(p), len(p[0])
	out := make(Platform, w)
	for x := range w {
		out[x] = make([]byte, h)
		for y := range h {
			out[x][h-1-y] = p[y][x]
		}
	}
	return out
}

func (p Platform) Spin() Platform {
	for range 4 {
		p.TiltNorth()
		p = p.RotateCW()
	}
	return p
}

func (p Platform) Load() int {
	load := 0
	for y, row := range p {
		load += strings.Count(string(row), "O") * (len(p) - y)
	}
	return load
}

func parse() Platform {
	var p Platform
	for _, line := range strings.Fields(input) {
		p = append(p, []byte(line))
	}
	return p
}

func main() {
	p := parse()
	p.TiltNorth()
	fmt.Println("part 1:", p.Load())

	const total = 1_000_000_000
	p = parse()
	seen := map[string]int{}
	for i := 0; i < total; i++ {
		k := string(bytes.Join(p, nil))
		if start, ok := seen[k]; ok {
			period := i - start
			fmt.Println("cycle start", start, "period", period)
			for range (total - i) % period {
				p = p.Spin()
			}
			break
		}
		seen[k] = i
		p = p.Spin()
	}
	fmt.Println("part 2:", p.Load())
}
