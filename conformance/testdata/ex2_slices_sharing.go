package main

import "fmt"

func main() {
	// a backing array shared by several slices
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	a := base[1:4]
	b := base[3:6]
	fmt.Println("a:", a, "b:", b)
	a[2] = 30 // same element as b[0]
	fmt.Println("after a[2]=30 -> base:", base, "b:", b)

	// slices of slices: rows pointing into one flat buffer
	const rows, cols = 3, 4
	flat := make([]int, rows*cols)
	grid := make([][]int, rows)
	for i := range grid {
		grid[i] = flat[i*cols : (i+1)*cols : (i+1)*cols]
	}
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i*cols + j
		}
	}
	fmt.Println("grid:", grid)
	fmt.Println("flat:", flat)
	flat[5] = -5
	fmt.Println("grid[1] after flat[5]=-5:", grid[1])

	// full slice expression limits capacity, so append must reallocate
	r0 := grid[0]
	r0 = append(r0, 100)
	fmt.Println("r0:", r0, "grid[1][0] unchanged:", grid[1][0])

	// without the cap limit, append overwrites the neighbour
	loose := flat[0:4]
	loose = append(loose, 200)
	fmt.Println("loose:", loose, "grid[1][0] overwritten:", grid[1][0])

	// jagged slice of slices, independent rows
	tri := make([][]string, 4)
	for i := range tri {
		tri[i] = make([]string, i+1)
		for j := range tri[i] {
			tri[i][j] = fmt.Sprintf("%d,%d", i, j)
		}
	}
	for _, row := range tri {
		fmt.Println(len(row), row)
	}

	// copying the outer slice copies headers, not rows
	shallow := make([][]string, len(tri))
	copy(shallow, tri)
	shallow[2][0] = "XX"
	fmt.Println("tri[2] after shallow write:", tri[2])

	// deep copy
	deep := make([][]string, len(tri))
	for i := range tri {
		deep[i] = append([]string(nil), tri[i]...)
	}
	deep[3][3] = "YY"
	fmt.Println("tri[3]:", tri[3], "deep[3]:", deep[3])
}
