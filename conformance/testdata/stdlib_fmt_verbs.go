package main

import "fmt"

func main() {
	n := 42
	fmt.Printf("[%d] [%5d] [%-5d] [%05d] [%+d]\n", n, n, n, n, n)
	fmt.Printf("[%x] [%X] [%#x] [%o] [%#o] [%b]\n", 255, 255, 255, 8, 8, 5)
	fmt.Printf("[%08b] [%08b]\n", 5, 200)
	fmt.Printf("[%c] [%U] [%#U]\n", 'G', 'G', '⌘')

	pi := 3.14159265358979
	fmt.Printf("[%f] [%.2f] [%8.3f] [%-8.1f] [%08.2f]\n", pi, pi, pi, pi, -pi)
	fmt.Printf("[%e] [%E] [%.3e]\n", 123456.789, 0.000123, pi)
	fmt.Printf("[%g] [%g] [%g] [%.3g]\n", 100000.0, 1e21, 0.00001, pi)
	fmt.Printf("[%v] [%v]\n", 2.0, 1e6)

	s := "gopher"
	fmt.Printf("[%s] [%10s] [%-10s] [%.3s] [%q]\n", s, s, s, s, s)
	fmt.Printf("[%x] [% x] [%X]\n", s, s, "hi")
	fmt.Printf("[%q] [%+q] [%#q]\n", "tab\there", "héllo", "raw")
	fmt.Printf("[%q] [%v]\n", 'x', 'x')

	fmt.Printf("[%t] [%5t] [%v]\n", true, false, nil)
	fmt.Printf("[%*d] [%-*d] [%.*f]\n", 6, 7, 6, 7, 2, pi)
	fmt.Printf("%d%%\n", 50)
	fmt.Printf("[%T] [%T] [%T] [%T]\n", n, pi, s, []byte(s))

	// Mistakes show up in the output rather than as panics.
	mistakes := []struct {
		format string
		args   []any
	}{
		{"%d %s", []any{"oops", 12}},
		{"%d %d", []any{1}},
		{"%d", []any{1, 2}},
		{"%z", []any{3}},
	}
	for _, m := range mistakes {
		fmt.Println(fmt.Sprintf(m.format, m.args...))
	}

	fmt.Println("---- table ----")
	items := []struct {
		name  string
		qty   int
		price float64
	}{
		{"apple", 3, 0.5},
		{"watermelon", 1, 3.25},
		{"fig", 12, 0.333},
	}
	fmt.Printf("%-10s|%5s|%8s|\n", "item", "qty", "total")
	total := 0.0
	for _, it := range items {
		t := float64(it.qty) * it.price
		total += t
		fmt.Printf("%-10s|%5d|%8.2f|\n", it.name, it.qty, t)
	}
	fmt.Printf("%-10s|%5s|%8.2f|\n", "TOTAL", "", total)
	line := fmt.Sprintf("%-6s=%6.1f%%", "ratio", 12.345)
	fmt.Printf("%q len=%d\n", line, len(line))
	fmt.Printf("%6.2f|%-8v|%8v|\n", 1.0, []int{1, 2}, map[string]int{"b": 2, "a": 1})
}
