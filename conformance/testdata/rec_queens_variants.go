package main

import "fmt"

// attack decides whether two pieces at (r1,c1) and (r2,c2) conflict.
type attack func(n, r1, c1, r2, c2 int) bool

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func queen(n, r1, c1, r2, c2 int) bool {
	return c1 == c2 || abs(r1-r2) == abs(c1-c2)
}

// superqueen also moves like a knight.
func superqueen(n, r1, c1, r2, c2 int) bool {
	dr, dc := abs(r1-r2), abs(c1-c2)
	return queen(n, r1, c1, r2, c2) || (dr == 1 && dc == 2) || (dr == 2 && dc == 1)
}

// torus queens wrap around the board edges.
func torus(n, r1, c1, r2, c2 int) bool {
	if c1 == c2 {
		return true
	}
	dr := ((r1-r2)%n + n) % n
	dc := ((c1-c2)%n + n) % n
	return dr == dc || dr == (n-dc)%n
}

// solve counts placements of one piece per row and records the first.
func solve(n int, hits attack) (int, []int) {
	pos := make([]int, n)
	var first []int
	var place func(row int) int
	place = func(row int) int {
		if row == n {
			if first == nil {
				first = append([]int(nil), pos...)
			}
			return 1
		}
		count := 0
		for c := 0; c < n; c++ {
			ok := true
			for r := 0; r < row && ok; r++ {
				ok = !hits(n, r, pos[r], row, c)
			}
			if ok {
				pos[row] = c
				count += place(row + 1)
			}
		}
		return count
	}
	return place(0), first
}

func main() {
	variants := []struct {
		name string
		fn   attack
	}{
		{"queens", queen},
		{"superqueens", superqueen},
		{"torus", torus},
	}
	fmt.Printf("%-4s", "n")
	for _, v := range variants {
		fmt.Printf("%12s", v.name)
	}
	fmt.Println()
	for n := 4; n <= 10; n++ {
		fmt.Printf("%-4d", n)
		for _, v := range variants {
			c, _ := solve(n, v.fn)
			fmt.Printf("%12d", c)
		}
		fmt.Println()
	}
	_, sq := solve(10, superqueen)
	fmt.Println("first 10x10 superqueen layout:", sq)
	_, tq := solve(7, torus)
	fmt.Println("first 7x7 torus layout:", tq)
	for r, c := range tq {
		row := []byte(".......")
		row[c] = 'Q'
		fmt.Printf("  row %d %s\n", r, row)
	}
}
