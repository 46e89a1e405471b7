package main

import "fmt"

type Board [3][3]byte

func (b Board) With(r, c int, v byte) Board { b[r][c] = v; return b }

func (b *Board) Set(r, c int, v byte) { b[r][c] = v }

func (b Board) String() string {
	s := ""
	for _, row := range b {
		for _, c := range row {
			if c == 0 {
				c = '.'
			}
			s += string(c)
		}
		s += "/"
	}
	return s
}

func main() {
	var b Board
	b2 := b.With(1, 1, 'X')
	fmt.Println(b, b2, b == b2)
	b.Set(1, 1, 'X')
	fmt.Println(b == b2)
	seen := map[Board]int{b: 1}
	seen[b2]++
	fmt.Println(len(seen), seen[b])
	arr := [...]int{5: 1, 2, 0: 7}
	cp := arr
	cp[0] = 100
	ptr := &arr
	ptr[1] = -1
	fmt.Println(len(arr), arr, cp[0])
	for i, v := range arr {
		arr[len(arr)-1-i] = v // range iterates over a copy of the array
	}
	fmt.Println(arr)
	grid := [2][2]int{{1, 2}, {3, 4}}
	row := grid[0]
	row[0] = 9
	fmt.Println(grid, row, [2]string{"a"} == [2]string{"a", ""})
}
