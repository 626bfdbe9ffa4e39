#!/usr/bin/env python3
"""Writes data/names.tsv (given names and surnames) from the hand lists below (python3, stdlib only).

Common given names by origin, written for fener from general knowledge
(CC0). Turkish spellings are kept as written in Turkish (Kasım, Hüseyin,
İbrahim); match keys fold them, so "Kasim" and "Huseyin" match too.
Usage: python3 data/gen_names.py
"""
import os

NAMES = {
"arabic": """Abbas Abd Abdallah Abdel Abdul Abdulaziz Abdulkarim Abdullah Abdulla Abdulrahman Abdelkader
Abdelaziz Abdelhamid Abdelmalek Abdelrahman Abdi Adel Adil Adnan Ahmad Ahmed Akram Ala Alaa Ali Amin Amir Amjad
Ammar Amr Anas Anwar Ashraf Asim Atef Ayman Ayoub Ayub Aziz Bakr Bashar Bashir Basel Bassam Bilal Badr Dawood Dawud
Diab Ehab Emad Fadi Fadel Fahad Fahd Faisal Faiz Farid Faris Farouk Faruq Fathi Fawaz Fawzi Fayez Firas Fuad Ghassan
Ghazi Habib Hadi Hafez Haitham Hakim Hamad Hamed Hamid Hamza Hani Harith Haroun Harun Hasan Hassan Hatem Haydar Haytham
Hazem Hisham Hossam Hussam Hussein Husain Ibrahim Idris Ihab Imad Imran Isa Ismail Issa Jaber Jabir Jafar Jalal
Jamal Jamil Jasim Jassim Jawad Jihad Kamal Kamel Karim Khaled Khalid Khalil Khattab Louay Luay Mahdi Mahmoud Mahmud
Majid Malik Mamdouh Mansour Mansur Marwan Maher Mazen Moataz Mohamad Mohamed Mohammad Mohammed Mohamud Muhammad
Muhammed Mokhtar Mousa Musa Mustafa Mostafa Muhannad Munir Murad Naji Nabil Nader Naim Nasser Nasir Nawaf Nizar
Nour Nuri Omar Osama Usama Othman Uthman Qasim Qassem Rabih Rafiq Raed Rami Rashid Rashed Raouf Riad Riyad Ridha Saad
Sabri Saddam Sadiq Safwan Said Saeed Saif Sayf Salah Saleh Salih Salim Salem Salman Sami Samir Sameer Shadi Sharif
Shakir Suhail Suleiman Sulayman Sultan Taha Talal Tamer Tareq Tariq Tarek Tawfiq Thamer Turki Wael Waleed Walid
Wasim Yahya Yasser Yasir Yassin Yacine Youssef Yusuf Yousef Younis Yunus Zaid Zayd Zakaria Zakariya Zaki Ziad Ziyad
Zuhair Abu-Bakr Ayad Bakri Haqqi Harb Hudhayfah Huthaifa Ubayda Ubaydah Muadh Muath Mujahid Mus'ab Musab Qutaiba
Aisha Aysha Amal Amira Asma Basma Dalia Dina Fatima Fatma Ghada Hala Hanan Hana Hiba Huda Iman Inas Jamila Khadija
Layla Leila Lina Maha Mariam Maryam Mona Muna Nadia Najwa Nawal Nour Noura Rania Rasha Reem Rim Rima Salma Samira
Sana Sara Sarah Suad Suha Wafa Yasmin Yasmine Zainab Zaynab Zahra Zeinab Hajar Safiya Sumayya Umayma Ruqayya""",
"turkish": """Abdullah Adem Adnan Ahmet Akın Alaattin Ali Alp Alper Altan Arda Arif Aslan Atakan Ayhan Aydın
Bahadır Baran Barış Batuhan Bayram Bekir Berat Berkay Berk Bilal Burak Burhan Bülent Cafer Can Celal Cem Cemal
Cemil Cengiz Cenk Cevdet Cihan Coşkun Cüneyt Davut Deniz Doğan Doğukan Ekrem Emin Emir Emre Enes Engin Ercan
Erdal Erdem Erdoğan Erhan Erkan Ersin Ertuğrul Eren Ergün Ethem Fahrettin Faruk Fatih Fehmi Ferhat Fethullah Fırat
Fikret Furkan Gökhan Gürkan Güven Hakan Hakkı Halil Halit Haluk Hamdi Hamza Harun Hasan Hayati Haydar Hikmet
Hilmi Hulusi Hüseyin Hüsnü İbrahim İhsan İlhan İlker İlyas İrfan İsa İshak İskender İsmail İsmet Kaan Kadir
Kamil Kasım Kazım Kemal Kenan Kerem Koray Korkmaz Kubilay Kudret Kürşat Levent Lütfi Mahir Mahmut Mecit Mehmet
Melih Memduh Mert Mesut Metin Mevlüt Mithat Muammer Muhammet Muharrem Murat Musa Mustafa Muzaffer Necati Necdet
Necmettin Nedim Nihat Nurettin Nuri Numan Oğuz Oğuzhan Okan Oktay Olcay Onur Orhan Osman Ozan Ömer Önder Özgür
Özcan Özkan Polat Ramazan Rasim Recep Refik Remzi Reşat Rıza Rıdvan Sabri Sadettin Sadık Safa Salih Sami Sedat
Selahattin Selçuk Selim Semih Serdar Sermet Serhat Sezgin Sinan Soner Süleyman Şahin Şakir Şamil Şener Şenol
Şevket Şükrü Tahir Talat Taner Tarık Tayfun Tayyip Tevfik Tolga Tuncay Turgut Tuğrul Uğur Umut Utku Ümit Vahit
Vedat Veli Volkan Yakup Yasin Yavuz Yaşar Yıldırım Yılmaz Yiğit Yunus Yusuf Yüksel Zafer Zeki Ziya Abdulkadir
Abdurrahman Alparslan Aziz Bahattin Beytullah Cumali Egemen Eyüp Fikri Hacı Hüsamettin İzzet Kutbettin Lokman
Mazlum Nazım Nevzat Nusret Rüştü Sabahattin Seyfettin Seyit Şemsettin Şerafettin Taceddin Taha Ufuk Yalçın Zekeriya
Ayşe Ayşegül Aylin Bahar Banu Belgin Berna Betül Büşra Canan Cansu Derya Didem Dilek Duygu Ebru Elif Emine Esra
Fadime Fatma Feride Filiz Gamze Gizem Gül Gülay Gülsüm Gülşen Hacer Hande Hatice Havva Hülya Işıl İpek Kübra Leyla
Melek Meltem Merve Meryem Nazlı Nermin Nesrin Nilüfer Nur Nuray Özge Pınar Rabia Sabiha Seda Selin Serap Sevgi
Sevim Sibel Songül Sultan Şeyma Şule Tuba Tuğba Ümran Yasemin Yeliz Zehra Zeynep Zübeyde""",
"kurdish": """Azad Baran Bawer Berxwedan Bêrîvan Cemil Dilovan Diyar Duran Hejar Heval Jiyan Kawa Kendal Rêber
Rojhat Rojda Roj Rizgar Serhildan Sherzad Shirwan Soran Welat Zagros Zana Zinar Şiyar Agit Delil Rezan Dildar Dilşad Sîpan Hêvî Newroz
Masoud Masrour Nechirvan Bafel Qubad Hoshyar Fuad Mazloum Ilham Ferhad Ciwan Hemin Karzan Kosrat Rebaz Shwan Barzan""",
"persian": """Abbas Abolfazl Afshin Ahmad Akbar Alireza Amir Arash Ardeshir Aref Ayatollah Babak Bahram Behnam
Behrouz Bijan Dariush Davoud Ebrahim Esmail Farhad Farid Farzad Fereydoun Ghasem Gholam Hamid Hamidreza Hassan
Hojjat Hossein Iraj Javad Kamran Kaveh Kazem Keyvan Khosrow Kourosh Mahmoud Majid Manouchehr Masoud Mehdi Mehran
Mehrdad Milad Mohsen Mojtaba Morteza Nader Naser Nima Omid Parviz Payam Peyman Pouya Qasem Ramin Reza Rouhollah
Saeed Sadegh Saman Shahram Shahriar Siamak Sina Sohrab Vahid Yaser Yousef Esmaeil Abdolrahim Ali-Akbar Gholamreza
Heshmatollah Mohammad-Javad Mohammadreza Esfandiar Azadeh Fariba Fatemeh Leila Mahsa Maryam Narges Nasrin Parisa
Roya Shirin Soheila Zahra Nazanin Golnaz Mahnaz Shahla""",
"english": """Aaron Adam Adrian Alan Albert Alexander Alex Andrew Anthony Arthur Ben Benjamin Bill Bob Brandon
Brian Bruce Carl Charles Charlie Chris Christopher Colin Craig Daniel Darren David Dean Dennis Derek Donald Douglas
Edward Eric Frank Gary George Gordon Graham Greg Gregory Harry Henry Ian Jack Jacob James Jason Jeffrey Jeremy Jim
Joe John Jonathan Joseph Joshua Justin Keith Kenneth Kevin Kyle Larry Lee Liam Mark Martin Matthew Michael Mike Neil
Nicholas Nick Oliver Patrick Paul Peter Philip Raymond Richard Robert Roger Ronald Ryan Samuel Scott Sean Simon
Stephen Steven Stuart Terry Thomas Timothy Tom Tony Walter Wayne William Zachary Joel Rex Ted Tim Rishi Keir Boris
Alice Amanda Amy Angela Anna Anne Barbara Betty Carol Caroline Catherine Charlotte Christine Claire Deborah Diana
Donna Elizabeth Emily Emma Grace Hannah Heather Helen Jane Janet Jennifer Jessica Joan Julia Julie Karen Kate
Katherine Kathleen Laura Linda Lisa Lucy Margaret Maria Mary Megan Melissa Michelle Nancy Nicola Olivia Pamela
Patricia Rachel Rebecca Ruth Sandra Sarah Sharon Sophie Stephanie Susan Theresa Victoria Kamala Hillary Priti Suella""",
"french": """Alain Antoine Bernard Bruno Christophe Claude Damien Didier Emmanuel Éric Étienne Fabien François
Frédéric Gérard Guillaume Henri Hervé Jacques Jean Jean-Claude Jean-Luc Jean-Marie Jean-Pierre Jérôme Julien
Laurent Louis Luc Marcel Mathieu Maxime Michel Nicolas Olivier Pascal Philippe Pierre Rémi Sébastien Serge Stéphane
Thierry Vincent Yves Gabriel Benoît Cédric Amélie Brigitte Camille Catherine Chantal Élise Françoise Isabelle
Marine Martine Nathalie Sandrine Sophie Sylvie Valérie Véronique Ségolène""",
"german": """Andreas Bernd Dieter Dirk Frank Friedrich Gerhard Günter Hans Heinz Helmut Horst Jan Jens Joachim
Jörg Jürgen Karl Klaus Lars Lukas Manfred Markus Matthias Michael Olaf Rainer Ralf Stefan Sven Thomas Thorsten
Torsten Uwe Werner Wolfgang Boris Armin Friedrich-Merz Angela Annalena Birgit Claudia Gabriele Heike Karin
Monika Petra Sabine Susanne Ursula Nancy Hendrik Pieter Willem Mark Geert Dick Rutger""",
"russian": """Aleksandr Alexander Alexei Aleksei Alexey Anatoly Andrei Andrey Anton Arkady Boris Dmitri Dmitry
Evgeny Yevgeny Gennady Georgy Grigory Igor Ilya Ivan Konstantin Leonid Maxim Mikhail Nikolai Nikolay Oleg Pavel
Pyotr Roman Ruslan Sergei Sergey Stanislav Timur Vadim Valery Vasily Viktor Vitaly Vladimir Vladislav Vyacheslav
Yuri Yury Volodymyr Oleksandr Oleksiy Petro Kyrylo Ramzan Akhmad Anna Ekaterina Yekaterina Elena Yelena Irina Maria
Natalia Natalya Olga Svetlana Tatiana Tatyana Yulia Oksana Valentina""",
"caucasus_central_asian": """Islam Magomed Shamil Zelimkhan Akhmed Dzhokhar Tamerlan Anzor Khamzat Adlan
Farrukh Jamshid Sherzod Bakhtiyor Ulugbek Dilshod Sardor Alisher Bakhodir Nurlan Askar Yerlan Shokhrukh Firdavs""",
"hebrew": """Avi Avraham Ariel Amnon Amos Asher Avigdor Aviv Barak Benny Benjamin Binyamin Dan Daniel David Eli
Eliezer Ehud Eitan Eyal Gadi Gideon Gilad Guy Ilan Isaac Itamar Itzhak Yitzhak Meir Menachem Micha Moshe Naftali
Nadav Nir Ofer Omer Oren Reuven Ron Ronen Shaul Shimon Shlomo Tal Tamir Uri Uzi Yaakov Yair Yoav Yosef Yossi Yohanan
Yonatan Zvi Tzachi David Ayelet Dalia Galit Hila Michal Miri Noa Orly Rivka Ruth Shira Tamar Tzipi Yael""",
"pashto_urdu": """Gul Wali Noor Zabihullah Sanaullah Rahmatullah Ahmadullah Ehsanullah Inamullah Najibullah
Hekmatullah Shahabuddin Nasrullah Amanullah Faizullah Habibullah Kifayatullah Mohibullah Obaidullah Samiullah
Zahir Zalmai Ghulam Akhtar Mansoor Baitullah Hakimullah Fazlullah Shafiqullah Asadullah Rafiullah Ziaullah
Atiqullah Matiullah Khalilullah Saifullah Hameedullah Sher Zarin Gulalai Malalai""",
"other": """Abdirahman Abdiaziz Ahmed-Shah Bola Muhammadu Abubakar Goodluck Ibrahim-Boubacar Assimi Mahamat Idriss
Hemedti Khalifa Haftar Moammar Muammar Gulbuddin Hibatullah Sirajuddin Ashraf Hamid Zalmay Nawaz Shehbaz Imran
Asif Bilawal Narendra Rahul Ilham Nikol Recep Vladimir Xi Wang Li Zhang Kim Jong-un Shinzo Fumio Jacinda Justin
Rustam Shavkat Kassym-Jomart Nursultan Emomali Sadyr Gurbanguly Serdar Aleksandar Milorad Milo Edi Hashim Albin
Vjosa Kiro Zoran Boyko Rumen Klaus Viktor Andrzej Mateusz Donald Volodymyr Petro Mikheil Irakli Salome Bidzina"""
}


# Common family names (class surname). Hand lists (CC0).
SURNAMES = {
"turkish": """Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan
Çetin Kara Koç Kurt Özkan Şimşek Polat Özcan Korkmaz Erdoğan Yavuz Can Acar Güler Yurt Aksoy Uçar Tekin Bulut
Keskin Ünal Güneş Karaca Akın Kaplan Bozkurt Turan Aktaş Avcı Işık Tan Sarı Erdem Ateş Kocabaş Taş Bayram Çakır
Altun Yüksel Gündoğdu Kartal Duman Ekinci Tunç Karakaya Oral Uysal Sönmez Özer Coşkun Akbulut Çiftçi Başaran
Soylu Fidan Kalın Akar Bahçeli Kılıçdaroğlu İmamoğlu Davutoğlu Babacan Gül Yazıcı Uzun Kurtuluş Toprak Ay
Karataş Kahraman Erol Önal Şen Kocaman Kurnaz Tatlı Aydemir Güven Bilgin Yaman Durmaz Ergin Akgül Yücel Tosun""",
"arabic": """Abbas Abdullah Ahmed Ali Amin Aziz Bakr Haddad Hamdan Hassan Hussein Ibrahim Ismail Jaber Khalil
Khoury Mansour Masri Nasser Qasim Rahman Saleh Shami Suleiman Yousef Zaidi Assad Baghdadi Zarqawi Zawahiri
Qurashi Muhajir Kurdi Halabi Tikriti Jolani Julani Sharaa Nasrallah Haniyeh Sinwar Deif Mashal Barzani Talabani
Ocalan Öcalan Karayilan Karayılan Kalkan Bayik Bayık""",
"persian": """Ahmadi Hosseini Mohammadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Mousavi Khamenei Soleimani
Raisi Rouhani Zarif Araghchi Pezeshkian Larijani Ghaani Qaani Salami Bagheri""",
"other": """Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson
White Harris Clark Lewis Walker Hall Allen Young King Wright Scott Green Baker Adams Nelson Hill Campbell
Mitchell Roberts Carter Phillips Evans Turner Parker Collins Edwards Stewart Morris Murphy Cook Rogers Morgan
Cooper Peterson Reed Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson Brooks Bennett Gray Hughes
Price Sanders Myers Long Ross Foster Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann
Dubois Durand Lefebvre Moreau Laurent Simon Michel Leroy Roux Ivanov Smirnov Kuznetsov Popov Petrov Sokolov
Volkov Cohen Levi Mizrahi Peretz Biton Dahan Netanyahu Gallant Katz Friedman Shapiro Putin Lavrov Shoigu
Patrushev Bortnikov Naryshkin Prigozhin Zelensky Biden Trump Obama Blinken Burns Wray Macron Scholz Sunak Starmer"""
}


def main():
    seen = set()
    rows = []
    for origin, text in NAMES.items():
        for n in text.split():
            n = n.replace("-", " ") if n == "Friedrich-Merz" else n
            if n in ("Friedrich Merz", "Ayatollah", "Hemedti", "Haftar"):
                continue
            k = (n.lower(), origin)
            if k in seen:
                continue
            seen.add(k)
            rows.append((n, origin, "given_name"))
    for origin, text in SURNAMES.items():
        for n in text.split():
            k = (n.lower(), "surname")
            if k in seen:
                continue
            seen.add(k)
            rows.append((n, origin, "surname"))
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "names.tsv"), "w", encoding="utf-8") as f:
        f.write("#format: names\n")
        f.write("# Given names and surnames, generated by data/gen_names.py from its hand lists (CC0).\n")
        f.write("# name\tclass\torigin\n")
        for n, o, c in rows:
            f.write("%s\t%s\t%s\n" % (n, c, o))
    print("names: %d" % len(rows))


if __name__ == "__main__":
    main()
