package main

import "fmt"

type BloodType int

const (
	APos BloodType = iota
	ANeg
	BPos
	BNeg
	OPos
	ONeg
	ABPos
	ABNeg
)

func (b BloodType) String() string {
	names := [...]string{"A+", "A-", "B+", "B-", "O+", "O-", "AB+", "AB-"}
	if int(b) < 0 || int(b) >= len(names) {
		return fmt.Sprintf("BloodType(%d)", int(b))
	}
	return names[b]
}

type Patient struct {
	ID    int
	Name  string
	Age   int
	Blood BloodType
}

func (p Patient) String() string {
	return fmt.Sprintf("#%04d %s (%d, %v)", p.ID, p.Name, p.Age, p.Blood)
}

func (p *Patient) Birthday() {
	p.Age++
}

type rawPatient struct {
	ID   int
	Name string
}

func main() {
	p := Patient{ID: 17, Name: "Ada Lovelace", Age: 36, Blood: ONeg}
	fmt.Println(p)
	fmt.Printf("%v\n", p)
	fmt.Printf("%s\n", p)
	fmt.Printf("%T\n", p)
	fmt.Printf("%T\n", p.Blood)
	fmt.Printf("%d\n", p.Blood)
	fmt.Printf("%q\n", p.Name)

	p.Birthday()
	fmt.Println("after birthday:", p.Age)

	r := rawPatient{ID: 3, Name: "Grace"}
	fmt.Printf("%v\n", r)
	fmt.Printf("%+v\n", r)
	fmt.Printf("%#v\n", r)

	fmt.Println(BloodType(42))
	for b := range 8 {
		fmt.Printf("%-4v", BloodType(b))
	}
	fmt.Println()

	ptr := &p
	fmt.Println(ptr.String())
	fmt.Printf("%x\n", p.ID)
	fmt.Printf("%08b\n", p.ID)
}
