package main

import (
	"fmt"
	"strconv"
	"strings"
)

const input = `Game 1: 3 blue, 4 red; 1 red, 2 green, 6 blue; 2 green
Game 2: 1 blue, 2 green; 3 green, 4 blue, 1 red; 1 green, 1 blue
Game 3: 8 green, 6 blue, 20 red; 5 blue, 4 red, 13 green; 5 green, 1 red
Game 4: 1 green, 3 red, 6 blue; 3 green, 6 red; 3 green, 15 blue, 14 red
Game 5: 6 red, 1 blue, 3 green; 2 blue, 1 red, 2 green`

type Color int

const (
	Red Color = iota
	Green
	Blue
	numColors
)

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

func ParseColor(s string) Color {
	for c := range numColors {
		if c.String() == s {
			return c
		}
	}
	panic("unknown color " + s)
}

type Draw [numColors]int

func (d Draw) Within(limit Draw) bool {
	for c := range numColors {
		if d[c] > limit[c] {
			return false
		}
	}
	return true
}

func (d Draw) Power() int { return d[Red] * d[Green] * d[Blue] }

type Game struct {
	ID    int
	Draws []Draw
}

func (g Game) Minimum() Draw {
	var m Draw
	for _, d := range g.Draws {
		for c := range numColors {
			m[c] = max(m[c], d[c])
		}
	}
	return m
}

func ParseGame(line string) Game {
	head, rest, _ := strings.Cut(line, ": ")
	var g Game
	fmt.Sscanf(head, "Game %d", &g.ID)
	for _, set := range strings.Split(rest, "; ") {
		var d Draw
		for _, cube := range strings.Split(set, ", ") {
			nStr, color, _ := strings.Cut(cube, " ")
			n, _ := strconv.Atoi(nStr)
			d[ParseColor(color)] += n
		}
		g.Draws = append(g.Draws, d)
	}
	return g
}

func main() {
	limit := Draw{Red: 12, Green: 13, Blue: 14}
	sumIDs, sumPower := 0, 0
	for _, line := range strings.Split(input, "\n") {
		g := ParseGame(line)
		possible := true
		for _, d := range g.Draws {
			possible = possible && d.Within(limit)
		}
		if possible {
			sumIDs += g.ID
		}
		m := g.Minimum()
		fmt.Printf("game %d: min %v=%d %v=%d %v=%d possible=%t\n", g.ID, Red, m[Red], Green, m[Green], Blue, m[Blue], possible)
		sumPower += m.Power()
	}
	fmt.Println("part 1:", sumIDs)
	fmt.Println("part 2:", sumPower)
}
