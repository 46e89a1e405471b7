package main

import (
	"fmt"
	"strconv"
)

func parseAll(inputs []string) (int, int) {
	sum := 0
	bad := 0
	for _, in := range inputs {
		n, err := strconv.Atoi(in)
		if err != nil {
			fmt.Println("error:", err)
			bad++
			continue
		}
		fmt.Println("parsed", in, "->", n)
		sum += n
	}
	return sum, bad
}

func main() {
	a := 7
	b := 2
	fmt.Println("int division:", a/b)
	fmt.Println("float division:", float64(a)/float64(b))
	f := 3.99
	fmt.Println("truncate:", int(f), "negative:", int(-f))
	fmt.Printf("%.2f %v %T\n", f, f, f)

	s := strconv.Itoa(a * 100)
	fmt.Println("Itoa:", s, len(s))
	fmt.Println("concat:", s+"1")
	fmt.Println("string(rune):", string(rune(65)))

	sum, bad := parseAll([]string{"10", "20", "x3", "", "-5", "4.5"})
	fmt.Println("sum:", sum, "bad:", bad)

	fl, err := strconv.ParseFloat("2.5", 64)
	fmt.Println(fl*2, err)
	_, err = strconv.ParseFloat("abc", 64)
	fmt.Println("float err:", err)

	bo, err := strconv.ParseBool("true")
	fmt.Println(bo, err)
	fmt.Println(strconv.FormatFloat(1.0/3.0, 'f', 4, 64))
	fmt.Println(strconv.Quote("hi\tthere"))
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(255, 16))

	var small int8 = 127
	small++
	fmt.Println("overflow int8:", small)
	var u uint8 = 0
	u--
	fmt.Println("underflow uint8:", u)
	big := 1 << 40
	fmt.Println("int32 of big:", int32(big), "big:", big)
	fmt.Println(fmt.Sprint(3.0), fmt.Sprint(1e21), fmt.Sprint(float32(0.1)))
}
