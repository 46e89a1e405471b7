package main

import "fmt"

type Grid [3][3]int

func bumpArray(a [4]int) [4]int {
	a[0] += 100
	return a
}

func bumpSlice(s []int) {
	s[0] += 100
}

func bumpArrayPtr(p *[4]int) {
	p[0] += 1000
}

func main() {
	arr := [4]int{1, 2, 3, 4}
	arr2 := arr // full copy
	arr2[1] = 20
	fmt.Println("arr :", arr)
	fmt.Println("arr2:", arr2)

	ret := bumpArray(arr)
	fmt.Println("after bumpArray, arr:", arr, "returned:", ret)

	bumpArrayPtr(&arr)
	fmt.Println("after bumpArrayPtr, arr:", arr)

	sl := arr[:] // slice views the array
	bumpSlice(sl)
	fmt.Println("after bumpSlice(arr[:]), arr:", arr)

	// copy() copies min(len(dst), len(src)) elements
	dst := make([]int, 2)
	n := copy(dst, sl)
	fmt.Println("copy n:", n, "dst:", dst)

	// overlapping copy is fine
	ov := []int{1, 2, 3, 4, 5, 6}
	n = copy(ov[2:], ov)
	fmt.Println("overlap copy n:", n, "ov:", ov)

	// copy from a string into bytes
	bs := make([]byte, 5)
	n = copy(bs, "héllo")
	fmt.Printf("copy string n=%d bs=%v %q\n", n, bs, bs)

	// arrays are comparable, slices are not
	x := [3]string{"a", "b", "c"}
	y := [3]string{"a", "b", "c"}
	fmt.Println("x == y:", x == y)
	y[2] = "z"
	fmt.Println("x == y after change:", x == y)

	// nested arrays copy deeply
	var g Grid
	g[1][1] = 5
	h := g
	h[1][1] = 9
	h[0][2] = 7
	fmt.Println("g:", g)
	fmt.Println("h:", h)

	// range over array iterates a copy
	nums := [3]int{1, 2, 3}
	for i, v := range nums {
		if i == 0 {
			nums[2] = 300
		}
		fmt.Printf("range array i=%d v=%d\n", i, v)
	}
	// range over slice sees updates
	ns := []int{1, 2, 3}
	for i, v := range ns {
		if i == 0 {
			ns[2] = 300
		}
		fmt.Printf("range slice i=%d v=%d\n", i, v)
	}

	// array of length 0 and len/cap of arrays
	var z [0]int
	fmt.Println("len z:", len(z), "len arr:", len(arr), "cap arr:", cap(arr))
}
