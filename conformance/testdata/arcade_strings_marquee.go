package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Marquee struct {
	Text  string
	Width int
}

func (m Marquee) Frame(offset int) string {
	padded := m.Text + strings.Repeat(" ", m.Width)
	runes := []rune(padded)
	var b strings.Builder
	for i := range m.Width {
		b.WriteRune(runes[(offset+i)%len(runes)])
	}
	return "[" + b.String() + "]"
}

func center(s string, width int) string {
	if len(s) >= width {
		return s
	}
	left := (width - len(s)) / 2
	return strings.Repeat("*", left) + s + strings.Repeat("*", width-len(s)-left)
}

func initials(name string) string {
	var b strings.Builder
	for _, word := range strings.Fields(name) {
		r := []rune(word)[0]
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}

func main() {
	m := Marquee{Text: "INSERT COIN", Width: 8}
	for off := 0; off < 16; off += 3 {
		fmt.Println(m.Frame(off))
	}

	fmt.Println(center("GAME OVER", 21))
	fmt.Println(center("HI", 6))

	for _, n := range []string{"super mario kart", "mortal kombat", "  donkey   kong  "} {
		fmt.Printf("%-20q -> %s\n", n, initials(n))
	}

	title := "Ms. Pac-Man"
	fmt.Printf("%s | %q | %x | % x | %X\n", title, title, title[:3], title[:3], "ok")
	fmt.Println(strings.ToUpper(title), strings.Count(title, "a"), strings.Index(title, "Pac"))
	fmt.Println(strings.ReplaceAll("1UP 2UP 1UP", "UP", "-up"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return '#'
		}
		return r
	}, "Score 004200"))

	before, after, found := strings.Cut("player=ZAP", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.EqualFold("TETRIS", "tetris"), strings.TrimLeft("000123", "0"))
	fmt.Printf("%6.2f%% complete, %+d bonus, %08b flags, %c%c\n", 87.5, 250, 5, 'G', 'O')
}
