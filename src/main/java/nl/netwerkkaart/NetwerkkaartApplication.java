package nl.netwerkkaart;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class NetwerkkaartApplication {

    public static void main(String[] args) {
        SpringApplication.run(NetwerkkaartApplication.class, args);
    }
}
